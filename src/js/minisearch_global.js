// The search page's copy of MiniSearch (the version pinned in package-lock.json), bundled and
// minified by esbuild at compile time and embedded in the binary: search.js finds it here.
import MiniSearch from 'minisearch';

window.MiniSearch = MiniSearch;
