// The C API of cmark-gfm (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev),
// imported into Swift as the module CCmarkGFM. Only MarkdownHTML uses it.
#ifndef SITEGEN_CCMARKGFM_SHIM_H
#define SITEGEN_CCMARKGFM_SHIM_H

#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

#endif
