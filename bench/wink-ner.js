#!/usr/bin/env node
'use strict';
// wink-ner.js: how many words per second winkNLP's entity extraction
// processes, as a peer figure for scripts/benchmark.
//
//   node bench/wink-ner.js [--tsv] [--seconds S] FILE.jsonl
//
// FILE holds one article a line, JSON with a "text" field (the corpus JSON
// Lines that scripts/benchmark gives claimgraph). Per article the timed work is
// nlp.readDoc(text).entities().out(): tokenize, tag, and list the entities.
// The method mirrors ../shared/tools/peer-bench, so that the figures compare:
//  - words are whitespace-separated tokens of the texts (/\S+/, as `wc -w`
//    counts them in a UTF-8 locale);
//  - loading the package and model is timed separately and excluded, since
//    claimgraph's own start-up is measured separately too;
//  - one untimed warm-up over the first articles (about 2,000 words, as
//    peer-bench does) lets V8 compile the hot paths before timing;
//  - full passes over all articles repeat until S seconds (default 3) have
//    passed, at least once, and the rate is words * passes / seconds.
// Output: labelled lines, or with --tsv a header and one row:
//   versions  articles  words  passes  seconds  words_per_sec  entities_per_pass  load_ms

const fs = require('fs');

const USAGE = 'usage: node wink-ner.js [--tsv] [--seconds S] FILE.jsonl';

function countWords(text) {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

function version(name) {
  return require(`${name}/package.json`).version;
}

function main(argv) {
  let tsv = false;
  let seconds = 3;
  const files = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--tsv') tsv = true;
    else if (argv[i] === '--seconds') seconds = Number(argv[++i]);
    else if (argv[i] === '-h' || argv[i] === '--help') { console.log(USAGE); return 0; }
    else files.push(argv[i]);
  }
  if (files.length !== 1 || !(seconds > 0)) {
    console.error(USAGE);
    return 2;
  }

  const texts = [];
  for (const line of fs.readFileSync(files[0], 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { text } = JSON.parse(line);
    if (typeof text !== 'string') throw new Error(`${files[0]}: a line without a "text" string`);
    texts.push(text);
  }
  const words = texts.reduce((n, t) => n + countWords(t), 0);

  const t0 = process.hrtime.bigint();
  const winkNLP = require('wink-nlp');
  const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model);
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  const extract = (text) => nlp.readDoc(text).entities().out();

  // Warm-up: whole articles until about 2,000 words have been seen.
  for (let i = 0, seen = 0; i < texts.length && seen < 2000; i++) {
    extract(texts[i]);
    seen += countWords(texts[i]);
  }

  let passes = 0;
  let entities = 0;
  const limit = seconds * 1e9;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  do {
    entities = 0;
    for (const t of texts) entities += extract(t).length;
    passes++;
    elapsed = Number(process.hrtime.bigint() - start);
  } while (elapsed < limit);
  const secs = elapsed / 1e9;
  const rate = Math.round((words * passes) / secs);
  const versions = `wink-nlp ${version('wink-nlp')} + wink-eng-lite-web-model ${version('wink-eng-lite-web-model')}`;

  if (tsv) {
    console.log(['versions', 'articles', 'words', 'passes', 'seconds', 'words_per_sec', 'entities_per_pass', 'load_ms'].join('\t'));
    console.log([versions, texts.length, words, passes, secs.toFixed(6), rate, entities, loadMs.toFixed(0)].join('\t'));
  } else {
    console.log(`winkNLP:   ${versions}, model load ${loadMs.toFixed(0)} ms (excluded)`);
    console.log(`articles:  ${texts.length}, ${words} words`);
    console.log(`timed:     ${passes} pass(es) in ${secs.toFixed(3)} s, ${(secs / passes).toFixed(3)} s per pass`);
    console.log(`speed:     ${rate} words/s`);
    console.log(`entities:  ${entities} per pass`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
