// Loads the story named by ?story= through TimelineJS's own loader, with default options.
new TL.Timeline('timeline', '../stories/' + new URLSearchParams(location.search).get('story'));
