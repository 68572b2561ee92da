#!/usr/bin/env node
// Loads each RDF file into its own in-memory Oxigraph store and prints
// "FILE<TAB>COUNT<TAB>GRAPHS" (distinct quads, distinct named graphs), or
// "FILE<TAB>ERROR<TAB>message".
// Usage: oxigraph-count.js FILE...   (syntax from the extension: .ttl .nt .nq .trig)
'use strict';
const fs = require('fs');
const path = require('path');
const oxigraph = require('oxigraph');

const formats = { '.ttl': 'text/turtle', '.nt': 'application/n-triples', '.nq': 'application/n-quads', '.trig': 'application/trig' };
let failed = false;
for (const file of process.argv.slice(2)) {
  const format = formats[path.extname(file)];
  if (!format) {
    console.log(`${file}\tERROR\tunknown extension`);
    failed = true;
    continue;
  }
  try {
    const store = new oxigraph.Store();
    store.load(fs.readFileSync(file, 'utf8'), { format });
    const graphs = new Set(store.match().map((q) => (q.graph.termType === 'DefaultGraph' ? '' : q.graph.value)));
    graphs.delete('');
    console.log(`${file}\t${store.size}\t${graphs.size}`);
  } catch (e) {
    console.log(`${file}\tERROR\t${String(e.message || e).split('\n')[0]}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
