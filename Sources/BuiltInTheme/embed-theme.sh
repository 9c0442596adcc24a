#!/bin/sh
# Writes a Swift file holding every file of a templates folder (hidden files skipped), each
# as its path and its bytes in base 64, sorted by path: the sitegen binary's built-in theme.
# Rewrites the output only when it would change. Run by `make theme` (and `make build`,
# `make site`, `make golden`); BuiltInThemeTests fails when the committed output is stale.
#
#   sh embed-theme.sh <templates folder> <output .swift file>
set -eu
templates=$1
output=$2
mkdir -p "$(dirname "$output")"
tmp="$output.tmp.$$"
trap 'rm -f "$tmp"' EXIT
{
    echo '// Generated from Templates/ by Sources/BuiltInTheme/embed-theme.sh (make theme): do not edit.'
    echo ''
    echo 'extension BuiltInTheme {'
    echo '    /// Every file of Templates/: its path inside the folder and its bytes in base 64.'
    echo '    static let encodedFiles: [(path: String, base64: String)] = ['
    (cd "$templates" && find . -name '.?*' -prune -o -type f -print) | sed 's|^\./||' | LC_ALL=C sort |
    while IFS= read -r path; do
        case $path in *'"'*|*'\'*) echo "embed-theme.sh: unsupported file name: $path" >&2; exit 1 ;; esac
        printf '        ("%s", "%s"),\n' "$path" "$(base64 < "$templates/$path" | tr -d '\n')"
    done
    echo '    ]'
    echo '}'
} > "$tmp"
if ! cmp -s "$tmp" "$output"; then mv "$tmp" "$output"; fi
