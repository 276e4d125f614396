import { configure } from '@testing-library/dom';

// findBy*/waitFor wait up to 5 s, not 1 s: on a loaded 2-core machine one render of the bundled
// story can take longer than a second, and these waits are limits, not speed assertions.
configure({ asyncUtilTimeout: 5_000 });
