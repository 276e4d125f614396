// @ts-check
// The pieces writeEventText composes into one news paragraph. Every person, outlet and claim is
// made up; none contains `&`, `<` or `>`, so the pieces go into HTML as they are. Word counts are
// bounded (see writeEventText) so that any combination makes a 40–60 word paragraph.

/**
 * A made-up person quoted in a story.
 * @typedef {object} Speaker
 * @property {string} name full name, 2 words
 * @property {string} surname how the story refers to them after the first mention
 * @property {string} role apposition after the name, 4–6 words
 */

/** People quoted, with their roles. @type {readonly [Speaker, ...Speaker[]]} */
export const SPEAKERS = [
  { name: 'Maria Okafor', surname: 'Okafor', role: 'the city’s transport commissioner' },
  { name: 'Daniel Reyes', surname: 'Reyes', role: 'the union’s lead negotiator' },
  { name: 'Priya Natarajan', surname: 'Natarajan', role: 'a spokesperson for the health ministry' },
  { name: 'Léa Fontaine', surname: 'Fontaine', role: 'chief executive of the port authority' },
  { name: 'Søren Dahl', surname: 'Dahl', role: 'the opposition’s finance spokesperson' },
  { name: 'Grace Mbeki', surname: 'Mbeki', role: 'head of the regional water board' },
  { name: 'Tomás Herrera', surname: 'Herrera', role: 'the council’s deputy leader' },
  { name: 'Hannah Lindqvist', surname: 'Lindqvist', role: 'a senior official at the treasury' },
  { name: 'Kenji Watanabe', surname: 'Watanabe', role: 'the school board’s chair' },
  { name: 'Amara Nwosu', surname: 'Nwosu', role: 'director of the tenants’ association' },
];

/**
 * How a person spoke, and what was published of it.
 * @typedef {object} Statement
 * @property {string} verb how the lead says they spoke, before "on <weekday> that", 1–6 words
 * @property {string} document what the link sentence says was published, 1–4 words
 */

/** Ways of speaking, each with the document it leaves. @type {readonly [Statement, ...Statement[]]} */
export const STATEMENTS = [
  { verb: 'said', document: 'statement' },
  { verb: 'told reporters', document: 'transcript of the briefing' },
  { verb: 'said in a statement', document: 'statement' },
  { verb: 'told a council hearing', document: 'transcript of the hearing' },
  { verb: 'wrote in a memo to staff', document: 'memo' },
  { verb: 'argued at a briefing', document: 'transcript of the briefing' },
  { verb: 'said in a letter', document: 'letter' },
  { verb: 'said in a court filing', document: 'court filing' },
];

/** What the lead reports them saying, 8–10 words. @type {readonly [string, ...string[]]} */
export const CLAIMS = [
  'the budget would not cover the new bridge',
  'talks with the contractors had stalled over safety rules',
  'the closure would last at least another month',
  'the figures published last week had been wrong',
  'an independent review of the contract would begin soon',
  'the agreement had been signed after two days of talks',
  'the deadline for repairs would be pushed back again',
  'inspectors had found cracks in two of the pillars',
  'the new timetable would be withdrawn for now',
  'no decision on fares would be taken before autumn',
];

/** Quoted sentences, without their closing punctuation, 8–13 words. @type {readonly [string, ...string[]]} */
export const QUOTES = [
  'We were promised answers, and we are still waiting for them',
  'Nobody here wants a strike, but nobody wants unsafe work either',
  'The numbers are not good, and I will not pretend otherwise',
  'This is the first step, not the last, and we know it',
  'We have the money for repairs, but not for another year of delays',
  'Our members voted for this, and we intend to see it through',
  'I have read the report twice, and it does not say that',
  'Families deserve to know when the water will be safe again',
  'We got this wrong, and we are sorry',
  'There is no plan B, so plan A has to work',
];

/** Verbs that attribute a quote after it, 1 word. @type {readonly [string, ...string[]]} */
export const QUOTE_VERBS = ['said', 'added', 'insisted', 'warned'];

/** Background sentences, 7–11 words, added until the paragraph is long enough. @type {readonly [string, ...string[]]} */
export const CONTEXT_SENTENCES = [
  'The council is due to vote on the plan next month.',
  'Opposition members called for an independent inquiry.',
  'Delays on the line have risen for a third year running.',
  'The ministry did not respond to a request for comment.',
  'About 40,000 commuters use the crossing every weekday.',
  'Similar disputes have been settled out of court in the past.',
  'The decision follows weeks of pressure from residents’ groups.',
  'A hearing has been scheduled for the end of the month.',
];

/** Made-up outlets that publish the documents, 2–3 words. @type {readonly [string, ...string[]]} */
export const OUTLETS = ['the Northern Ledger', 'Harbour City Radio', 'the Evening Courier', 'Civic Wire', 'the Valley Post'];

/** When the document came out, 3 words. @type {readonly [string, ...string[]]} */
export const PUBLISHED_WHEN = ['later that day', 'the same evening', 'within the hour', 'on its website'];

/** Sections of the made-up outlets' sites, for the link path. @type {readonly [string, ...string[]]} */
export const SECTIONS = ['politics', 'city', 'business', 'health', 'transport', 'education'];
