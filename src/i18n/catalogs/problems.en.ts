import type { Message } from '../catalog';

/**
 * Problems found in a story, in English: `DataIssue.code` names one, `DataIssue.values` fills it.
 * Values are written as found in the file (field names, ids, dates, URLs) and are never translated;
 * `{found}` is a value as JSON writes it (a text in quotes, a number bare).
 */
export const problems = {
  // An issue with a likely fix: `{problem}` is the issue's own message.
  'problem.didYouMean': '{problem}; did you mean "{fix}"?',
  'problem.didYouMeanNumber': '{problem}; did you mean {fix}?',

  // The file as a whole.
  'problem.file.empty': 'is empty: expected a Quoteline or TimelineJS story',
  'problem.file.notJson': 'is neither JSON nor a TimelineJS sheet as CSV: {error}',
  'problem.file.notJsonAt': 'is neither JSON nor a TimelineJS sheet as CSV: {error} (line {line} column {column})',
  'problem.file.list': 'is a list (JSON array), not a Quoteline or TimelineJS story: expected an object with an "events" list',
  'problem.file.null': 'is null, not a Quoteline or TimelineJS story: expected an object with an "events" list',
  'problem.file.noEvents': 'is an object without an "events" list, not a Quoteline or TimelineJS story: expected an object with an "events" list',
  'problem.file.value': 'is a {type}, not a Quoteline or TimelineJS story: expected an object with an "events" list',
  'problem.file.tooBig': 'cannot be read: it is {size}, more than the {limit} a story file may have',
  'problem.file.unreadable': 'cannot be read: {error}',

  // Fields checked against the format's schema.
  'problem.field.missing': 'is missing: expected a value here',
  'problem.field.missingText': 'is missing: expected text',
  'problem.field.missingNumber': 'is missing: expected a number',
  'problem.field.missingBoolean': 'is missing: expected true or false',
  'problem.field.missingList': 'is missing: expected a list',
  'problem.field.missingObject': 'is missing: expected an object',
  'problem.field.notOneOf': '{found} is not one of: {options}',
  'problem.field.notText': 'expected text, got {found}',
  'problem.field.notNumber': 'expected a number, got {found}',
  'problem.field.notBoolean': 'expected true or false, got {found}',
  'problem.field.notList': 'expected a list, got {found}',
  'problem.field.notObject': 'expected an object, got {found}',
  'problem.field.notType': 'expected {expected}, got {found}',
  'problem.field.empty': 'must not be empty',
  'problem.field.notId': '{found} is not a kebab-case id (a-z, 0-9 and single hyphens)',
  'problem.field.notUrl': '{found} is not an absolute http(s) URL',
  'problem.field.invalid': '{detail}',
  'problem.field.unknown': 'unknown field "{field}" is ignored',

  // Dates. The `InText` forms name the date text they were read from.
  'problem.date.notDate': '"{text}" is not a date (use YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm; a longer or negative year has a sign: +12000, -0300)',
  'problem.date.year': '{year} is not a year',
  'problem.date.yearRange': '{year} is not a year from {min} to {max} (a trillion years either way)',
  'problem.date.yearRangeInText': '"{text}": {year} is not a year from {min} to {max} (a trillion years either way)',
  'problem.date.dayNeedsMonth': 'a day needs a month',
  'problem.date.monthNeedsYear': 'a month needs a year from {min} to {max}; give {year} as a year alone',
  'problem.date.monthNeedsYearInText': '"{text}": a month needs a year from {min} to {max}; give {year} as a year alone',
  'problem.date.month': '{month} is not a month (1–12)',
  'problem.date.monthInText': '"{text}": {month} is not a month (1–12)',
  'problem.date.timeNeedsDay': 'a time needs a day',
  'problem.date.day': '{day} is not a day of {month} (it has {days})',
  'problem.date.dayInText': '"{text}": {day} is not a day of {month} (it has {days})',
  'problem.date.hour': '{hour} is not an hour (0–23)',
  'problem.date.hourInText': '"{text}": {hour} is not an hour (0–23)',
  'problem.date.minute': '{minute} is not a minute (0–59)',
  'problem.date.minuteInText': '"{text}": {minute} is not a minute (0–59)',
  'problem.date.second': '{second} is not a second (0–59)',
  'problem.date.millisecond': '{millisecond} is not a millisecond (0–999)',
  'problem.date.timeZone': '"{timeZone}" is not an IANA time zone',
  'problem.date.timeZoneInText': '"{text}": "{timeZone}" is not an IANA time zone',
  'problem.date.notNumber': '{found} is not a number: expected the {part} as a number',

  // Quoteline stories.
  'problem.category.duplicate': '"{id}" is already the id of another category; this one is left out',
  'problem.category.ignored': '"{id}" is ignored: the story defines no categories (add a "categories" list to use them)',
  'problem.category.missing': "is missing: expected one of the story's categories ({categories}); this event is left out",
  'problem.category.unknown': '"{id}" is not one of the story\'s categories ({categories}); this event is left out',
  'problem.event.timeZone': '"{timeZone}" is not an IANA time zone (expected e.g. "Europe/Paris")',
  'problem.event.noSource': 'this event has no source: expected at least one, so readers can check it',
  'problem.event.noQuotes': 'this event has no quotes: Quoteline shows who said what (write "quotes": [] if it has none on purpose)',
  'problem.quote.unknownSource': '"{source}" is not the id of one of this event\'s sources ({sources}); the quote is shown without its source',
  'problem.quote.noSources': '"{source}" is not the id of one of this event\'s sources (it has none); the quote is shown without its source',
  'problem.event.duplicateId': '"{id}" is already the id of {event}: expected ids unique in the story; this event is left out',
  'problem.event.endBeforeStart': 'ends before it starts: expected an end on or after the start; this event is left out',
  'problem.view.endBeforeStart': 'ends before the view starts: expected an end after the start; the whole story is shown',
  'problem.story.unknownStartEvent': '"{id}" is not the id of an event: the story opens on its first event',

  // Media.
  'problem.media.imageNotLoaded': "the image on {host} is not loaded, only linked: images load from the story's own site, or from hosts the page allows (?images={host})",
  'problem.media.videoLinked': 'the video on {site} is shown as a link, not embedded: Quoteline loads no third-party players, posts or maps',
  'problem.media.audioLinked': 'the audio on {site} is shown as a link, not embedded: Quoteline loads no third-party players, posts or maps',
  'problem.media.postLinked': 'the post on {site} is shown as a link, not embedded: Quoteline loads no third-party players, posts or maps',
  'problem.media.mapLinked': 'the map on {site} is shown as a link, not embedded: Quoteline loads no third-party players, posts or maps',
  'problem.media.documentLinked': 'the document on {site} is shown as a link, not embedded: Quoteline loads no third-party players, posts or maps',
  'problem.media.pageLinked': 'the page on {site} is shown as a link, not embedded: Quoteline loads no third-party players, posts or maps',
  'problem.media.notUrl': '"{url}" is not an absolute http(s) link; the media is left out',
  'problem.media.embedNoLink': 'is HTML (embed code or a quote) with no link in it: Quoteline runs no embed code, so the media is left out',
  'problem.media.embedLink': 'is HTML (embed code): Quoteline runs no embed code, and links to {link} instead',

  // TimelineJS documents and sheets.
  'problem.timelinejs.noHeadline': 'is empty: expected a headline; this event is left out',
  'problem.timelinejs.backgrounds': {
    one: '{count} background is ignored: Quoteline draws no slide backgrounds',
    other: '{count} backgrounds are ignored: Quoteline draws no slide backgrounds',
  },
  'problem.timelinejs.noSources': 'no event has a source or quotes: TimelineJS has no fields for them (add them in Quoteline JSON: quoteline convert FILE --to native)',
  'problem.sheet.missingColumn': "has no {column} column: expected the TimelineJS sheet's columns ({columns})",
  'problem.sheet.missingColumns': "has no {column} or {other} column: expected the TimelineJS sheet's columns ({columns})",
  'problem.sheet.repeatedColumn': 'column "{column}" is repeated: only its first column is read',
  'problem.sheet.unknownColumn': 'column "{column}" is ignored: not a TimelineJS sheet column',
  'problem.sheet.notCsv': 'could not be read as CSV: {error}',
  'problem.sheet.notTime': '"{time}" is not a time (expected hh:mm, e.g. 21:15 or 9:15 PM)',
  'problem.sheet.notRowType': '"{type}" is not a row type (expected title, era or nothing); read as an event',

  // A story loaded from a URL (`?src=`) that could not be loaded.
  'problem.load.requestFailed':
    'Could not load the story from {url}: the request failed ({error}). If the file is on another site, that server must allow it with an Access-Control-Allow-Origin header.',
  'problem.load.status': 'Could not load the story from {url}: the server answered {status}.',
  'problem.load.tooLarge': 'The story at {url} is too large: {size}, over the limit of {limit}.',
  'problem.load.tooLargeSoFar': 'The story at {url} is too large: more than {size}, over the limit of {limit}.',
  'problem.load.brokeOff': 'Could not load the story from {url}: the download broke off ({error}).',
  'problem.load.empty': 'The story at {url} is empty: the server sent no data.',
  'problem.load.unreadable': 'The story at {url} {problem}.',
  'problem.load.failed': 'Could not load the story from {url}: {error}',
  'problem.load.parser': 'Could not load the story from {url}: {problem}.',
  'problem.parser.notStarted': 'the story parser did not start',
  'problem.parser.unreadable': 'the story parser sent a message that could not be read',
  'problem.parser.failed': 'the story parser failed: {error}',
  'problem.story.lang': '"{lang}" is not a BCP 47 language tag (such as "fr", "pt-BR" or "zh-Hant"); the story is shown in English',
  'problem.quote.lang': '"{lang}" is not a BCP 47 language tag (such as "fr", "pt-BR" or "zh-Hant"); the quote is shown in the story’s language',
} satisfies Record<string, Message>;
