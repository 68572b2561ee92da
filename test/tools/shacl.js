#!/usr/bin/env node
// Validates RDF files against SHACL shapes (files parsed by n3; named graphs
// are merged into one data graph).
// Usage: shacl.js [--each] [--engine E] SHAPES DATA...
//   Without --each, all DATA files form one data graph; with --each, every
//   file is validated on its own (one article's output at a time).
//   --engine: rdf-validate-shacl (default), shacl-engine, or both (a graph
//   conforms when both engines say so). shacl-engine 1.1.2 is not the
//   default because its xsd:string check (from rdf-validation) rejects every
//   character outside the Basic Multilingual Plane, emoji included: a regular
//   expression without the 'u' flag sees their surrogate halves.
// Prints one line per validation result, TAB-separated:
//   FILE  FOCUS  PATH  VALUE  COMPONENT  MESSAGE
// then "N files, N conform, N results". Exit 0 when every graph conforms,
// 1 when one does not or a file does not parse, 2 on usage errors.
'use strict';
const fs = require('fs');
const path = require('path');
const N3 = require('n3');

const SH = 'http://www.w3.org/ns/shacl#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const FORMATS = { '.ttl': 'text/turtle', '.nt': 'application/n-triples', '.nq': 'application/n-quads', '.trig': 'application/trig' };

function parse(file, store) {
  const format = FORMATS[path.extname(file)] || 'text/turtle';
  const quads = new N3.Parser({ format }).parse(fs.readFileSync(file, 'utf8'));
  for (const q of quads) store.addQuad(N3.DataFactory.quad(q.subject, q.predicate, q.object));
}

function show(term) {
  if (!term) return '-';
  return term.termType === 'Literal' ? JSON.stringify(term.value) : term.value;
}

// The results of a W3C validation report graph, as sorted text lines.
function results(report, name) {
  const lines = [];
  const one = (s, p) => report.getObjects(s, N3.DataFactory.namedNode(SH + p), null)[0];
  for (const r of report.getSubjects(N3.DataFactory.namedNode(RDF_TYPE), N3.DataFactory.namedNode(SH + 'ValidationResult'), null)) {
    const component = one(r, 'sourceConstraintComponent');
    lines.push([name, show(one(r, 'focusNode')), show(one(r, 'resultPath')), show(one(r, 'value')),
      component ? component.value.replace(SH, '') : '-', show(one(r, 'resultMessage'))].join('\t'));
  }
  return lines.sort();
}

async function main() {
  let args = process.argv.slice(2);
  let each = false;
  let engine = 'rdf-validate-shacl';
  for (;;) {
    if (args[0] === '--each') {
      each = true;
      args = args.slice(1);
    } else if (args[0] === '--engine' && args.length > 1) {
      engine = args[1];
      args = args.slice(2);
    } else break;
  }
  const [shapesFile, ...data] = args;
  if (!shapesFile || data.length === 0 || !['rdf-validate-shacl', 'shacl-engine', 'both'].includes(engine)) {
    console.error('usage: shacl.js [--each] [--engine rdf-validate-shacl|shacl-engine|both] SHAPES DATA...');
    return 2;
  }
  const factory = { ...N3.DataFactory, dataset: (quads) => new N3.Store(quads || []) };
  const shapes = new N3.Store();
  try {
    parse(shapesFile, shapes);
  } catch (e) {
    console.error(`shacl.js: ${shapesFile}: ${e.message}`);
    return 2;
  }
  // Each engine as a function from a data store to its report graph.
  const engines = [];
  if (engine !== 'shacl-engine') {
    const mod = await import('rdf-validate-shacl');
    const Validator = mod.default || mod;
    const validator = new Validator(shapes, {});  // its own RDF/JS factory
    engines.push(async (store) => validator.validate(store));
  }
  if (engine !== 'rdf-validate-shacl') {
    const { Validator } = await import('shacl-engine');
    const validator = new Validator(shapes, { factory });
    engines.push(async (store) => validator.validate({ dataset: store }));
  }
  const groups = each ? data.map((f) => [f]) : [data];
  let conforming = 0;
  let count = 0;
  let failed = false;
  for (const files of groups) {
    const name = files.length === 1 ? files[0] : `${files.length} files`;
    const store = new N3.Store();
    try {
      for (const f of files) parse(f, store);
    } catch (e) {
      console.log(`${name}\tdoes not parse: ${e.message}`);
      failed = true;
      continue;
    }
    let lines = [];
    let conforms = true;
    for (const validate of engines) {
      const report = await validate(store);
      conforms = conforms && report.conforms;
      lines = lines.concat(results(new N3.Store([...report.dataset]), name));
    }
    lines = [...new Set(lines)].sort();
    if (conforms && lines.length === 0) conforming++;
    else failed = true;
    count += lines.length;
    for (const l of lines) console.log(l);
  }
  console.log(`${groups.length} graphs, ${conforming} conform, ${count} results`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => { console.error(`shacl.js: ${e.stack || e}`); process.exit(2); });
