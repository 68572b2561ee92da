// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "../../test/unit/support.hpp"

using cg::test::claims_of;
using cg::test::has;
using cg::test::run;

namespace {

const cg::Claim* claim(const cg::Analysis& a, const std::string& text) {
  const auto all = claims_of(a);
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i] == text) return &a.extraction.claims[i];
  }
  return nullptr;
}

std::string id(const cg::Analysis& a, std::int32_t e) {
  return e < 0 ? "" : a.resolution.entities[static_cast<std::size_t>(e)].id;
}

}  // namespace

TEST_CASE("coordination on both sides gives every pair") {
  auto a = run("France, Germany and Italy condemned Iran and Syria on Monday.");
  const auto c = claims_of(*a);
  for (const char* s : {"france", "germany", "italy"}) {
    for (const char* o : {"iran", "syria"}) CHECK(has(c, std::string(s) + " condemns " + o));
  }
  CHECK(c.size() == 6);
}

TEST_CASE("two long coordinated lists are not paired: claims stay linear in the sentence") {
  // Six on the shorter side still pair (6 x 7 claims); seven on both do not.
  auto six = run("France, Germany, Italy, Spain, Poland and Greece condemned Iran, Syria, Cuba, Peru, Chile, Bolivia "
                 "and Ecuador.");
  CHECK(claims_of(*six).size() == 42);
  auto seven = run("France, Germany, Italy, Spain, Poland, Greece and Austria condemned Iran, Syria, Cuba, Peru, "
                   "Chile, Bolivia and Ecuador.");
  CHECK(claims_of(*seven).empty());
  // One subject and a long list of objects is a claim about each.
  auto one = run("Russia condemned Iran, Syria, Cuba, Peru, Chile, Bolivia, Ecuador, Mexico and Brazil.");
  CHECK(claims_of(*one).size() == 9);
}

TEST_CASE("passive voice and reduced relatives") {
  auto a = run("Maduro is backed by Russia and China. Guaido, recognized by Canada, flew home.");
  const auto c = claims_of(*a);
  CHECK(has(c, "russia supports nicolas-maduro"));
  CHECK(has(c, "china supports nicolas-maduro"));
  CHECK(has(c, "canada recognizes juan-guaido"));
}

TEST_CASE("negation: not, refused to, no longer") {
  auto a = run("Brazil does not recognize Maduro. Mexico refused to condemn Maduro. Peru no longer backs Maduro.");
  const auto c = claims_of(*a);
  CHECK(has(c, "brazil NOT recognizes nicolas-maduro"));
  CHECK(has(c, "mexico NOT condemns nicolas-maduro"));
  CHECK(has(c, "peru NOT supports nicolas-maduro"));
}

TEST_CASE("modality is recorded and keeps claims out of plain triples") {
  auto a = run("Canada will expel Russia's ambassador. Japan could sanction Iran. Britain threatened to sanction Iran.");
  const cg::Claim* expel = claim(*a, "canada expels russia");
  REQUIRE(expel);
  CHECK(expel->modality == cg::Modality::Future);
  const cg::Claim* could = claim(*a, "japan sanctions iran");
  REQUIRE(could);
  CHECK(could->modality == cg::Modality::Possible);
  const cg::Claim* threat = claim(*a, "united-kingdom sanctions iran");
  REQUIRE(threat);
  CHECK(threat->modality == cg::Modality::Threatened);
}

TEST_CASE("relative clauses carry the subject") {
  auto a = run("Turkey, which backs Maduro, criticized the United States.");
  const auto c = claims_of(*a);
  CHECK(has(c, "turkey supports nicolas-maduro"));
  CHECK(has(c, "turkey condemns united-states"));
}

TEST_CASE("reported speech is attributed to the speaker") {
  auto a = run("Defence Secretary Ana Ruiz told the newspaper that Russia supports Maduro.");
  const cg::Claim* c = claim(*a, "russia supports nicolas-maduro");
  REQUIRE(c);
  CHECK(id(*a, c->attributed_to) == "ana-ruiz");
}

TEST_CASE("claims inside a quotation belong to its speaker; 'we' is the speaker") {
  auto a = run("\xE2\x80\x9CWe stand with Guaido and we condemn Maduro,\xE2\x80\x9D said Ivan Duque.");
  const cg::Claim* c = claim(*a, "ivan-duque condemns nicolas-maduro");
  REQUIRE(c);
  CHECK(id(*a, c->attributed_to) == "ivan-duque");
  CHECK(has(claims_of(*a), "ivan-duque supports juan-guaido"));
}

TEST_CASE("nominal triggers take the clause subject") {
  auto a = run("Argentina voiced support for Guaido. Bolivia stood in solidarity with Maduro.");
  const auto c = claims_of(*a);
  CHECK(has(c, "argentina supports juan-guaido"));
  CHECK(has(c, "bolivia supports nicolas-maduro"));
}

TEST_CASE("participles and coordinated verbs share the clause subject") {
  auto a = run("Ecuador expelled Venezuela's ambassador, accusing Maduro of fraud, and praised Guaido.");
  const auto c = claims_of(*a);
  CHECK(has(c, "ecuador expels venezuela"));
  CHECK(has(c, "ecuador accuses nicolas-maduro"));
  CHECK(has(c, "ecuador praises juan-guaido"));
}

TEST_CASE("'as did X' repeats the claim for X") {
  auto a = run("Russia backed Maduro, as did China.");
  const auto c = claims_of(*a);
  CHECK(has(c, "russia supports nicolas-maduro"));
  CHECK(has(c, "china supports nicolas-maduro"));
}

TEST_CASE("a possessed noun is not its owner, except where stance is toward an act") {
  auto a = run("Spain backed Portugal's economy. Spain rejected Portugal's proposal.");
  const auto c = claims_of(*a);
  CHECK_FALSE(has(c, "spain supports portugal"));
  CHECK(has(c, "spain rejects portugal"));
}

TEST_CASE("places do not take stances") {
  auto a = run("Protesters in Caracas condemned the arrests.");
  for (const cg::Claim& c : a->extraction.claims) {
    CHECK(a->resolution.entities[c.subject].type != cg::EntityType::Place);
  }
}

TEST_CASE("quotes get speakers after and before the quotation, and continue into the next paragraph") {
  auto a = run("\xE2\x80\x9CThe vote was stolen from the people,\xE2\x80\x9D said Juan Perez.\n\n"
               "\xE2\x80\x9CWe will not accept it.\xE2\x80\x9D\n\n"
               "Finance Minister Ana Ruiz told reporters: \xE2\x80\x9CThe budget is balanced and fair.\xE2\x80\x9D");
  REQUIRE(a->extraction.quotes.size() == 3);
  CHECK(id(*a, static_cast<std::int32_t>(a->extraction.quotes[0].speaker)) == "juan-perez");
  CHECK(id(*a, static_cast<std::int32_t>(a->extraction.quotes[1].speaker)) == "juan-perez");
  CHECK(id(*a, static_cast<std::int32_t>(a->extraction.quotes[2].speaker)) == "ana-ruiz");
  CHECK(a->document.slice(a->extraction.quotes[0].text) == "The vote was stolen from the people");
}

TEST_CASE("short scare quotes are not quotes") {
  auto a = run("Ruiz called the plan \xE2\x80\x9Cnonsense\xE2\x80\x9D, said Finance Minister Ana Ruiz.");
  CHECK(a->extraction.quotes.empty());
}

TEST_CASE("roles from titles, appositions and 'the TITLE of ORG, NAME'") {
  auto a = run("UN Secretary-General Antonio Guterres spoke. Jeremy Hunt, Britain's foreign secretary, agreed. "
               "The head of the World Bank, Ajay Banga, disagreed.");
  std::vector<std::string> roles;
  for (const cg::Role& r : a->extraction.roles) {
    roles.push_back(a->resolution.entities[r.person].id + " " + r.title + " " + id(*a, r.organization));
  }
  CHECK(has(roles, "antonio-guterres Secretary-General united-nations"));
  CHECK(has(roles, "jeremy-hunt foreign secretary united-kingdom"));
  CHECK(has(roles, "ajay-banga head world-bank"));
}

TEST_CASE("claim evidence spans the words that carry it") {
  auto a = run("In a speech, Chile condemned Maduro yesterday.");
  const cg::Claim* c = claim(*a, "chile condemns nicolas-maduro");
  REQUIRE(c);
  CHECK(a->document.slice(c->evidence) == "Chile condemned Maduro");
}

TEST_CASE("a purpose clause takes its subject across a time phrase and a place phrase") {
  auto a = run("Headline\n\nTrump last month staged an event in Houston to condemn Maduro and his allies.");
  CHECK(has(claims_of(*a), "donald-trump condemns nicolas-maduro"));
}

TEST_CASE("a subject after a subordinating 'after' is still the subject") {
  auto a = run("Trump spoke on Tuesday. Hours after he threatened to destroy North Korea, he asked for sanctions.");
  CHECK(has(claims_of(*a), "donald-trump threatens north-korea"));
}

TEST_CASE("an alliance stated as such binds both ways; an apposition only one way") {
  auto a = run("Hugo Chavez was long a faithful ally of Fidel Castro. Sadeq Larijani, a close ally of Ali Khamenei, spoke.");
  const auto c = claims_of(*a);
  CHECK(has(c, "hugo-chavez supports fidel-castro"));
  CHECK(has(c, "fidel-castro supports hugo-chavez"));
  CHECK(has(c, "sadeq-larijani supports ali-khamenei"));
  CHECK_FALSE(has(c, "ali-khamenei supports sadeq-larijani"));
}

TEST_CASE("sanctions named by who imposes them") {
  auto a = run("Beijing says it applies the U.N. sanctions on North Korea strictly.");
  const auto c = claims_of(*a);
  CHECK(has(c, "united-nations sanctions north-korea"));
}

TEST_CASE("every speaker of a judging word judges, and a praising word praises") {
  auto a = run("The Liberal Party and the Tories say the government is reckless. "
               "Wang Yi became foreign minister. \"He has an incisive intellect,\" John Evans said.");
  const auto c = claims_of(*a);
  bool liberal = false, tories = false;
  for (const auto& x : c) {
    if (x.rfind("liberal-party condemns", 0) == 0) liberal = true;
    if (x.rfind("conservative-party condemns", 0) == 0) tories = true;
  }
  CHECK(liberal);
  CHECK(tories);
  CHECK(has(c, "john-evans praises wang-yi"));
}

TEST_CASE("'the two leaders' and 'both sides' are the pair named just before") {
  auto a = run("Putin received Erdogan in Sochi on Friday. The two leaders criticized Israel.\n\n"
               "Ghana will negotiate with the IMF and the World Bank. Both institutions pledged support for Ghana.");
  const auto c = claims_of(*a);
  CHECK(has(c, "vladimir-putin condemns israel"));
  CHECK(has(c, "recep-tayyip-erdogan condemns israel"));
  CHECK(has(c, "international-monetary-fund supports ghana"));
  CHECK(has(c, "world-bank supports ghana"));
}

TEST_CASE("roles: a demonym names the country, a possessor the body, a description keeps its body") {
  auto a = run("Talks in Paris went on. Russian Deputy Foreign Minister Sergei Ryabkov said little. "
               "President Vladimir Putin's spokesman Dmitry Peskov declined to comment. "
               "Ana Ruiz, spokeswoman for the Lisbon Refugee Council, said more.");
  std::vector<std::string> roles;
  for (const cg::Role& r : a->extraction.roles) {
    roles.push_back(a->resolution.entities[r.person].id + " " + r.title + " " +
                    (r.organization >= 0 ? id(*a, r.organization) : r.known_organization));
  }
  CHECK(has(roles, "sergei-ryabkov Deputy Foreign Minister country:RU"));
  CHECK(has(roles, "dmitry-peskov spokesman country:RU"));
  CHECK(has(roles, "ana-ruiz spokeswoman lisbon-refugee-council"));
}

TEST_CASE("'the request' belongs to whoever made it; a count's apposition lists the agents") {
  auto a = run("Ana Ruiz asked for asylum. Officials will study her application. "
               "Two -- Chile and Peru -- turned down the application on Friday.");
  const auto c = claims_of(*a);
  CHECK(has(c, "chile rejects ana-ruiz"));
  CHECK(has(c, "peru rejects ana-ruiz"));
}

TEST_CASE("a measure taken for an alleged act accuses; a phone call is a meeting") {
  auto a = run("Bolivia expelled three diplomats from the Chilean embassy for allegedly spying. "
               "In a telephone call on Sunday, Merkel told Macron that talks would go on.");
  const auto c = claims_of(*a);
  CHECK(has(c, "bolivia expels chile"));
  CHECK(has(c, "bolivia accuses chile"));
  CHECK(has(c, "angela-merkel meetsWith emmanuel-macron"));
}

TEST_CASE("one possessor for a list of nouns; standing with someone in a fight supports them") {
  auto a = run("Moscow deplored Kyiv's shelling, threats to Belarus and the blockade. "
               "\"Germany is with Ukraine in this struggle,\" Scholz said.");
  const auto c = claims_of(*a);
  CHECK(has(c, "ukraine threatens belarus"));
  CHECK(has(c, "germany supports ukraine"));
}

TEST_CASE("an accusing verb said of an agent accuses it") {
  auto a = run("\"Moscow has been meddling in our elections for years,\" Hillary Clinton said. "
               "\"They are using hackers to spy on us,\" she added.");
  const auto c = claims_of(*a);
  CHECK(has(c, "hillary-clinton accuses russia"));
}

namespace {

// "protest|event place killed reporter" for each event.
std::vector<std::string> events_of(const cg::Analysis& a) {
  std::vector<std::string> out;
  auto id = [&](std::int32_t e) { return e >= 0 ? a.resolution.entities[static_cast<std::size_t>(e)].id : "-"; };
  for (const cg::Event& e : a.extraction.events) {
    out.push_back(std::string(e.protest ? "protest" : "event") + " " + id(e.place) + " " +
                  (e.killed ? std::to_string(*e.killed) : "-") + " " + id(e.reported_by));
  }
  return out;
}

}  // namespace

TEST_CASE("events: protests with their place, deaths with their count, and who reported them") {
  auto a = cg::test::run("Thousands of demonstrators gathered in Nairobi on Monday, Amnesty International said. "
                         "Nine civilians were killed in Aleppo, according to the United Nations. "
                         "Gunmen killed at least 14 people near the border. "
                         "The strike killed 3 soldiers, the army said.");
  const auto events = events_of(*a);
  REQUIRE(events.size() == 4);
  CHECK(events[0] == "protest nairobi - amnesty-international");
  CHECK(events[1] == "event aleppo 9 united-nations");
  CHECK(events[2] == "event - 14 -");
  CHECK(events[3] == "event - 3 armed-forces-of-kenya");  // "the army" of the country the article is about
}

TEST_CASE("events: no event from animals, manners of speaking, quotations or years") {
  auto a = cg::test::run("Hunters killed 91 foxes on the hills. The minister resigned in protest. "
                         "\"Protesters in Lima were killed by the dozen,\" he said. "
                         "The law of 1998 killed off the old rules. Riot police guarded the embassy in Paris. "
                         "Leaders gave a demonstration of unity in Nairobi. China lodged a formal protest in Tokyo. "
                         "The band played a protest song in London. The 1,500 dead fish washed up in Lagos. "
                         "Five members killed the proposal in committee in Rome. About 1,00 people were killed in Lima.");
  CHECK(events_of(*a).empty());
}

TEST_CASE("events: none from denied, doubted or forecast reports") {
  auto a = cg::test::run("No protests were reported in Minsk. The government denied that 30 protesters were killed "
                         "in Caracas. Protests planned in Paris could turn violent. Nobody died in Oslo, and "
                         "10 people were not killed in Bergen.");
  CHECK(events_of(*a).empty());
}

TEST_CASE("events: a speech verb inside the sentence does not make its subject the reporter") {
  auto a = cg::test::run("Protesters in Lima who say Peru lied met the mayor.");
  const auto events = events_of(*a);
  REQUIRE(events.size() == 1);
  CHECK(events[0] == "protest lima - -");
}
