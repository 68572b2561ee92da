// SPDX-License-Identifier: MIT
#include "cli/options.hpp"

#include <boost/program_options.hpp>

#include <charconv>
#include <sstream>

#include "claimgraph.hpp"
#include "graph/vocabulary.hpp"

namespace po = boost::program_options;

namespace cg::cli {

namespace {

struct Flag {
  const char* names;  ///< Boost form: "output,o".
  const char* value;  ///< Value name, or nullptr for a switch.
  const char* help;
};

// The single definition of every flag.
constexpr Flag kFlags[] = {
    {"output,o", "FILE", "Write the graph of all inputs to FILE instead of standard output. FILE appears only when "
                         "complete: it is written beside and renamed into place."},
    {"split,d", "DIR", "Write one file per article into DIR, named after the input (article.txt -> article.ttl; a "
                       "JSON Lines article by its id), each written beside and renamed into place."},
    {"format,f", "FORMAT", "Output syntax: turtle (default; one graph, entities merged across articles), ntriples, "
                           "nquads, trig, or dot (the stance network for Graphviz: one node per entity, one edge per "
                           "claim coloured by relation, dashed when negative, labelled with the number of articles "
                           "that support it). With nquads and trig each article's statements are in a named graph "
                           "of their own, named by the article's IRI, and the descriptions of entities (types, "
                           "labels, Wikidata links) in the shared graph BASE/graph/entities, so that a store can "
                           "drop or replace one article. N-Triples, N-Quads and TriG stream: memory does not grow "
                           "with the batch."},
    {"base,b", "IRI", "Base of the IRIs minted for articles, entities, claims, roles and quotes; must be an "
                      "absolute IRI ending in '/'. Default: https://w3id.org/claimgraph/id/"},
    {"jsonl", nullptr, "Read every input as JSON Lines (inputs ending in .jsonl always are): one article a line, "
                       "{\"id\", \"url\", \"title\", \"date\", \"text\"}; title, date and url become the "
                       "article's schema:headline, schema:datePublished and schema:url."},
    {"glob", "PATTERN", "When walking a directory, take the files whose names match PATTERN (shell wildcards; "
                        "default: *.txt and *.jsonl). Directories are walked recursively, in sorted order."},
    {"jobs,j", "N", "Convert with N worker threads (default 1); the output is the same bytes whatever N."},
    {"include-text", nullptr, "Write each article's text on its node (nif:isString), so that the graph alone "
                              "shows what every evidence's offsets point at."},
    {"mentions", nullptr, "Write every mention of an entity (name, description or pronoun) as a NIF phrase with "
                          "its offsets, linked to the entity (itsrdf:taIdentRef)."},
    {"date", "YYYY-MM-DD", "The day the articles were published (schema:datePublished)."},
    {"source-url", "IRI", "Where the article was published (schema:url); an absolute IRI. Only with one input."},
    {"stats", nullptr, "Print a summary on standard error: articles, entities by type, claims by relation and "
                       "polarity, errors."},
    {"strict", nullptr, "Stop at the first input that cannot be converted (exit status 1)."},
    {"data", "DIR", "Read the gazetteer and lexicon from DIR/data/ instead of the installed copy (or the copy "
                    "built into the program when none is installed)."},
    {"progress", nullptr, "Report progress on standard error: articles done, articles per second, time left (on by "
                          "default when standard error is a terminal, unless --quiet)."},
    {"quiet,q", nullptr, "Print no warnings; errors are still reported."},
    {"help,h", nullptr, "Print this help and exit."},
    {"version,V", nullptr, "Print the version and exit."},
};

constexpr const char* kSynopsis = "claimgraph [OPTIONS] [FILE|DIR|-]...";
constexpr const char* kDescription =
    "Reads news articles (UTF-8 plain text; a first line standing alone is the headline) and writes the "
    "knowledge graph they contain as RDF: people, countries and organizations, their roles, what they said, and "
    "the claims between them (who recognizes, supports, condemns, sanctions whom), each claim linked to the "
    "characters of the article that carry it. Inputs are files, directories (walked recursively in sorted "
    "order), JSON Lines files (.jsonl; one article a line) and - for standard input, the default.";
constexpr const char* kExitStatus =
    "0  every input was converted (and there was at least one article)\n"
    "1  some input could not be converted (unreadable, empty, not UTF-8, binary, a malformed JSON line, a "
    "directory or feed without articles); the "
    "others were, and each error names the file (and line or position)\n"
    "2  bad usage, or the output could not be written (no partial output file is left)";

po::options_description visible() {
  po::options_description desc("Options");
  for (const Flag& f : kFlags) {
    if (f.value) {
      desc.add_options()(f.names, po::value<std::string>()->value_name(f.value), f.help);
    } else {
      desc.add_options()(f.names, f.help);
    }
  }
  return desc;
}

std::string long_name(const char* names) {
  std::string n(names);
  return n.substr(0, n.find(','));
}

std::string roff_escape(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += "\\e";
    else if (c == '-') out += "\\-";
    else out += c;
  }
  if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
  return out;
}

}  // namespace

std::string help_text() {
  std::ostringstream out;
  out << "Usage: " << kSynopsis << "\n\n" << kDescription << "\n\n" << visible() << "\nExit status:\n";
  std::istringstream lines(kExitStatus);
  for (std::string line; std::getline(lines, line);) out << "  " << line << "\n";
  return out.str();
}

std::string man_page() {
  std::ostringstream out;
  out << ".TH CLAIMGRAPH 1 \"\" \"claimgraph " << version() << "\" \"User Commands\"\n"
      << ".SH NAME\nclaimgraph \\- turn news articles into an RDF knowledge graph of claims\n"
      << ".SH SYNOPSIS\n.B claimgraph\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR|\\fIDIR\\fR|\\-]...\n"
      << ".SH DESCRIPTION\n" << roff_escape(kDescription) << "\n.SH OPTIONS\n";
  for (const Flag& f : kFlags) {
    const std::string names(f.names);
    const auto comma = names.find(',');
    out << ".TP\n.B ";
    if (comma != std::string::npos) out << "\\-" << names.substr(comma + 1) << ", ";
    out << "\\-\\-" << roff_escape(long_name(f.names));
    if (f.value) out << " \\fI" << f.value << "\\fR";
    out << "\n" << roff_escape(f.help) << "\n";
  }
  out << ".SH EXIT STATUS\n";
  std::istringstream lines(kExitStatus);
  for (std::string line; std::getline(lines, line);) {
    out << ".TP\n.B " << line.substr(0, 1) << "\n" << roff_escape(line.substr(3)) << "\n";
  }
  out << ".SH EXAMPLES\n.nf\nclaimgraph article.txt > article.ttl\n"
      << "claimgraph \\-\\-format nquads \\-j 2 \\-o corpus.nq articles/\n"
      << "claimgraph \\-\\-split out/ \\-\\-stats feed.jsonl\n"
      << "claimgraph \\-\\-format dot articles/ | dot \\-Tsvg > stances.svg\n"
      << "claimgraph \\-\\-format trig \\-\\-mentions \\-\\-include\\-text \\-\\-date 2019\\-01\\-24 article.txt\n"
      << "cat article.txt | claimgraph \\-\\-base https://example.org/news/\n.fi\n"
      << ".SH FILES\n.TP\n.I PREFIX/share/claimgraph/data/\nThe gazetteer and lexicon the installed program reads "
         "(\\-\\-data overrides; without an installed copy the program uses the one built into it).\n"
      << ".TP\n.I PREFIX/share/claimgraph/ontology/\nThe ontology, the CAMEO concept scheme and the SHACL shapes "
         "every output conforms to.\n"
      << ".SH SEE ALSO\n.BR serdi (1),\n.BR rapper (1),\n.BR dot (1)\n";
  return out.str();
}

Parsed parse(int argc, const char* const* argv) {
  Parsed parsed;
  po::options_description hidden("Hidden");
  hidden.add_options()("input", po::value<std::vector<std::string>>(), "input files")(
      "output-dir", po::value<std::string>(), "the former name of --split")(
      "man", "print the man page")("debug", "print the pipeline's intermediate results to standard error");
  po::options_description all;
  all.add(visible()).add(hidden);
  po::positional_options_description positional;
  positional.add("input", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    parsed.action = Parsed::Action::Fail;
    parsed.message = e.what();
    return parsed;
  }
  if (vm.count("help")) {
    parsed.action = Parsed::Action::Help;
    return parsed;
  }
  if (vm.count("version")) {
    parsed.action = Parsed::Action::Version;
    return parsed;
  }
  if (vm.count("man")) {
    parsed.action = Parsed::Action::Man;
    return parsed;
  }
  auto fail = [&](std::string message) {
    parsed.action = Parsed::Action::Fail;
    parsed.message = std::move(message);
    return parsed;
  };
  Config& c = parsed.config;
  if (vm.count("input")) c.inputs = vm["input"].as<std::vector<std::string>>();
  if (c.inputs.empty()) c.inputs.push_back("-");
  if (vm.count("output")) c.output = vm["output"].as<std::string>();
  if (vm.count("split")) c.split_dir = vm["split"].as<std::string>();
  if (vm.count("output-dir") && !c.split_dir) c.split_dir = vm["output-dir"].as<std::string>();
  if (c.output && c.split_dir) return fail("--output and --split cannot be used together");
  if (c.output && c.output->empty()) return fail("--output needs a file name");
  if (c.split_dir && c.split_dir->empty()) return fail("--split needs a directory name");
  if (vm.count("format")) {
    const auto f = parse_format(vm["format"].as<std::string>());
    if (!f) {
      return fail("unknown format '" + vm["format"].as<std::string>() + "' (use turtle, ntriples, nquads, trig or dot)");
    }
    c.format = *f;
  }
  if (vm.count("base")) {
    const std::string base = vm["base"].as<std::string>();
    auto iri = Iri::make(base);
    if (!iri) return fail("--base: " + iri.error().message);
    if (base.back() != '/') return fail("--base: the IRI must end in '/' (claims link to '<base>article/ID#char=…')");
    if (base.find('#') != std::string::npos) return fail("--base: the IRI must not contain '#'");
    c.base = std::move(*iri);
  }
  if (vm.count("jobs")) {
    const std::string n = vm["jobs"].as<std::string>();
    unsigned jobs = 0;
    const auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), jobs);
    if (ec != std::errc() || end != n.data() + n.size() || jobs < 1 || jobs > 256) {
      return fail("--jobs: '" + n + "' is not a number from 1 to 256");
    }
    c.jobs = jobs;
  }
  if (vm.count("glob")) c.glob = vm["glob"].as<std::string>();
  if (vm.count("data")) c.data_dir = vm["data"].as<std::string>();
  c.jsonl = vm.count("jsonl") != 0;
  c.stats = vm.count("stats") != 0;
  c.strict = vm.count("strict") != 0;
  if (vm.count("date")) {
    const std::string date = vm["date"].as<std::string>();
    if (auto d = Literal::date(date); !d) return fail("--date: " + d.error().message);
    c.date = date;
  }
  if (vm.count("source-url")) {
    auto iri = Iri::make(vm["source-url"].as<std::string>());
    if (!iri) return fail("--source-url: " + iri.error().message);
    c.source_url = iri->str();
    if (c.inputs.size() > 1) return fail("--source-url names one article's URL; give one input with it");
  }
  c.include_text = vm.count("include-text") != 0;
  c.mentions = vm.count("mentions") != 0;
  c.progress = vm.count("progress") != 0;
  c.quiet = vm.count("quiet") != 0;
  c.debug = vm.count("debug") != 0;
  return parsed;
}

}  // namespace cg::cli
