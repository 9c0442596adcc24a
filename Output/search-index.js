// The search index of this site, made by sitegen (see assets/search.js): its chunks, in order.
window.sitegenSearchChunks = [
"search-index/pdus-brighton-and-east-sussex.js",
"search-index/pdus-leeds.js",
"search-index/regions-east-midlands.js"
];
