#!/usr/bin/env node
// Runs a SPARQL query over RDF files with Oxigraph and prints the result:
// SELECT as TSV (a header of variable names, then rows sorted bytewise; IRIs
// bare, literals as their lexical form, unbound as empty), ASK as true/false.
// Usage: sparql.js [--graph-per-file] QUERY.rq DATA...
//   --graph-per-file loads each triples file (Turtle, N-Triples) into a named
//   graph of its own, named by its file: URL, so that a query can tell the
//   articles of a batch apart. The default graph is the union of all graphs.
'use strict';
const fs = require('fs');
const path = require('path');
const oxigraph = require('oxigraph');

const formats = { '.ttl': 'text/turtle', '.nt': 'application/n-triples', '.nq': 'application/n-quads', '.trig': 'application/trig' };
let args = process.argv.slice(2);
const graphPerFile = args[0] === '--graph-per-file';
if (graphPerFile) args = args.slice(1);
const [queryFile, ...data] = args;
if (!queryFile || data.length === 0) {
  console.error('usage: sparql.js [--graph-per-file] QUERY.rq DATA...');
  process.exit(2);
}
const store = new oxigraph.Store();
for (const file of data) {
  const options = { format: formats[path.extname(file)] || 'text/turtle' };
  if (graphPerFile) options.to_graph_name = oxigraph.namedNode('file://' + path.resolve(file));
  store.load(fs.readFileSync(file, 'utf8'), options);
}
const query = fs.readFileSync(queryFile, 'utf8');
let result;
try {
  result = store.query(query, { use_default_graph_as_union: true });
} catch (e) {
  console.error(`sparql.js: ${queryFile}: ${e.message || e}`);
  process.exit(2);
}
const escape = (s) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
if (typeof result === 'boolean') {
  console.log(result ? 'true' : 'false');
} else {
  const rows = [];
  let vars = null;
  for (const binding of result) {
    if (!vars) vars = [...binding.keys()];
    rows.push(vars.map((v) => { const t = binding.get(v); return t ? escape(t.value) : ''; }).join('\t'));
  }
  const header = (query.match(/SELECT\s+(DISTINCT\s+)?([^{]*?)\s*WHERE/is) || [])[2];
  const names = vars || (header ? header.split(/\s+/).filter((x) => x.startsWith('?')).map((x) => x.slice(1)) : []);
  rows.sort((a, b) => (Buffer.compare(Buffer.from(a), Buffer.from(b))));
  console.log(names.join('\t'));
  for (const r of rows) console.log(r);
}
