import { describe, expect, it } from 'vitest';
import { renderChart, renderSummary, renderTable, summarize, updateReadme, type BenchResult, type BenchResults, type BenchSample, type Summary } from '../../bench/report.mjs';

function sample(overrides: Partial<BenchSample> = {}): BenchSample {
  return {
    timedOut: false,
    headlineMs: 800,
    fcpMs: 600,
    tbtMs: 100,
    jsBytes: 98_000,
    cssBytes: 3_500,
    requests: 6,
    externalRequests: 0,
    heapBytes: 5_200_000,
    keyMedianMs: 9.1,
    keyP95Ms: 14.2,
    keyEffective: true,
    zoomP95Ms: 16.7,
    zoomLongFrames: 0,
    zoomEffective: true,
    ...overrides,
  };
}

function results(entries: BenchResult[]): BenchResults {
  return {
    date: '2026-11-26T15:50:00.000Z',
    machine: { os: 'Linux 6.1 x64', cpu: 'AMD EPYC 7B13', cores: 2, memoryGiB: 24, node: 'v20.20.2', chromium: '156.0.8078.73' },
    runs: 3,
    results: entries,
  };
}

/** A small run: the bundled story (Quoteline only) and a generated story of 1000 events at normal speed. */
const fixture = results([
  {
    system: 'timelinejs',
    story: 'generated',
    n: 1000,
    cpu: 1,
    samples: [
      sample({ headlineMs: 2400, jsBytes: 310_000, heapBytes: 12_000_000, keyEffective: false, zoomEffective: false, zoomP95Ms: null }),
      sample({ headlineMs: 2000, jsBytes: 310_000, heapBytes: 12_000_000, keyEffective: false, zoomEffective: false, zoomP95Ms: null }),
      sample({ timedOut: true, headlineMs: null, jsBytes: 310_000, heapBytes: 12_000_000, keyEffective: true, zoomEffective: false, zoomP95Ms: null }),
    ],
  },
  {
    system: 'quoteline',
    story: 'generated',
    n: 1000,
    cpu: 1,
    samples: [sample({ headlineMs: 812.3, jsBytes: 98_000 }), sample({ headlineMs: 790.6, jsBytes: 98_000 }), sample({ headlineMs: 1234.4, jsBytes: 98_000 })],
  },
  {
    system: 'quoteline',
    story: 'bundled',
    n: 20,
    cpu: 1,
    samples: [sample({ headlineMs: 700 }), sample({ headlineMs: 640 }), sample({ headlineMs: 660 })],
  },
]);

function group(summary: Summary, story: string, n: number, cpu: number) {
  const found = summary.groups.find((g) => g.story === story && g.n === n && g.cpu === cpu);
  if (!found) throw new Error(`no group ${story} ${n} ${cpu}`);
  return found;
}

/** The cells of the table row whose label is `label`, in the section whose heading contains `heading`. */
function row(markdown: string, heading: string, label: string): string[] {
  const sections = markdown.split(/^### /m);
  const section = sections.find((s) => s.startsWith(heading));
  if (!section) throw new Error(`no section ${heading}`);
  const line = section.split('\n').find((l) => l.startsWith(`| ${label} |`));
  if (!line) throw new Error(`no row ${label}`);
  return line.slice(2, -2).split(' | ').slice(1);
}

/** Checks that `xml` is well formed: tags nest and close, and text and attributes hold no raw `<` or stray `&`. */
function expectWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  let last = 0;
  const checkText = (text: string) => {
    expect(text, 'raw < in text').not.toContain('<');
    expect(text.replace(/&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, ''), 'stray & in text').not.toContain('&');
  };
  for (const match of xml.matchAll(token)) {
    checkText(xml.slice(last, match.index));
    last = match.index + match[0].length;
    const [, closing, name, attributes, selfClosing] = match;
    if (!name) continue;
    for (const value of (attributes ?? '').matchAll(/="([^"]*)"/g)) checkText(value[1] ?? '');
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClosing) stack.push(name);
  }
  checkText(xml.slice(last));
  expect(stack).toEqual([]);
}

describe('summarize', () => {
  it('summarize(results) takes medians and spreads per system', () => {
    const g = group(summarize(fixture), 'generated', 1000, 1);
    expect(g.systems).toEqual(['quoteline', 'timelinejs']);
    expect(g.numeric.headlineMs.quoteline).toEqual({ median: 812.3, min: 790.6, max: 1234.4, measured: 3, total: 3 });
    expect(g.numeric.jsBytes.timelinejs).toEqual({ median: 310_000, min: 310_000, max: 310_000, measured: 3, total: 3 });
  });

  it('summarize(results) takes the mean of the two middle values for an even count', () => {
    const summary = summarize(
      results([
        {
          system: 'quoteline',
          story: 'generated',
          n: 20,
          cpu: 1,
          samples: [sample({ tbtMs: 40 }), sample({ tbtMs: 10 }), sample({ tbtMs: 100 }), sample({ tbtMs: 20 })],
        },
      ]),
    );
    expect(group(summary, 'generated', 20, 1).numeric.tbtMs.quoteline).toEqual({ median: 30, min: 10, max: 100, measured: 4, total: 4 });
  });

  it('summarize(results) ignores null samples, and gives null when every sample is null', () => {
    const g = group(summarize(fixture), 'generated', 1000, 1);
    // One timed-out run: the median of the other two (2000, 2400).
    expect(g.numeric.headlineMs.timelinejs).toEqual({ median: 2200, min: 2000, max: 2400, measured: 2, total: 3 });
    expect(g.numeric.zoomP95Ms.timelinejs).toEqual({ median: null, min: null, max: null, measured: 0, total: 3 });
    expect(g.numeric.zoomP95Ms.ratio).toBeNull();
  });

  it('summarize(results) counts boolean metrics as true / total', () => {
    const g = group(summarize(fixture), 'generated', 1000, 1);
    expect(g.flags.timedOut).toEqual({ quoteline: { count: 0, total: 3 }, timelinejs: { count: 1, total: 3 } });
    expect(g.flags.keyEffective).toEqual({ quoteline: { count: 3, total: 3 }, timelinejs: { count: 1, total: 3 } });
    expect(g.flags.zoomEffective.timelinejs).toEqual({ count: 0, total: 3 });
  });

  it('summarize(results) gives the ratio Quoteline / TimelineJS of the medians when both exist and the denominator is non-zero', () => {
    const g = group(summarize(fixture), 'generated', 1000, 1);
    expect(g.numeric.headlineMs.ratio).toBeCloseTo(812.3 / 2200, 10);
    expect(g.numeric.jsBytes.ratio).toBeCloseTo(98 / 310, 10);
    expect(g.numeric.externalRequests.ratio).toBeNull(); // 0 / 0
    const bundled = group(summarize(fixture), 'bundled', 20, 1);
    expect(bundled.systems).toEqual(['quoteline']);
    expect(bundled.numeric.headlineMs).toEqual({ quoteline: { median: 660, min: 640, max: 700, measured: 3, total: 3 }, timelinejs: null, ratio: null });
    expect(bundled.flags.keyEffective.timelinejs).toBeNull();
  });

  it('summarize(results) orders groups bundled first, then generated by n ascending, cpu 1 before 4', () => {
    const entry = (story: string, n: number, cpu: number): BenchResult => ({ system: 'quoteline', story, n, cpu, samples: [sample()] });
    const summary = summarize(
      results([
        entry('generated', 10000, 4),
        entry('generated', 1000, 1),
        entry('generated', 20, 4),
        entry('bundled', 20, 4),
        entry('generated', 10000, 1),
        entry('generated', 20, 1),
        entry('bundled', 20, 1),
        entry('generated', 1000, 4),
      ]),
    );
    expect(summary.groups.map((g) => `${g.story} ${g.n} ${g.cpu}`)).toEqual([
      'bundled 20 1',
      'bundled 20 4',
      'generated 20 1',
      'generated 20 4',
      'generated 1000 1',
      'generated 1000 4',
      'generated 10000 1',
      'generated 10000 4',
    ]);
  });
});

describe('renderTable', () => {
  const markdown = renderTable(summarize(fixture), fixture);

  it('renderTable(summary, results) starts with the date, machine and number of runs', () => {
    const first = markdown.split('\n')[0] ?? '';
    expect(first).toContain('2026-11-26');
    expect(first).toContain('Linux 6.1 x64, AMD EPYC 7B13 (2 cores, 24 GiB RAM), Node v20.20.2, Chromium 156.0.8078.73');
    expect(first).toContain('3 measured runs');
  });

  it('renderTable(summary, results) gives one table per group, in summary order, with metric rows and system columns', () => {
    expect([...markdown.matchAll(/^### (.*)$/gm)].map((m) => m[1])).toEqual(['Bundled story, 20 events, normal CPU speed', 'Generated story, 1,000 events, normal CPU speed']);
    expect(markdown).toContain('| Metric | Quoteline | TimelineJS | Quoteline / TimelineJS |');
    for (const label of [
      'First headline visible (ms)',
      'First contentful paint (ms)',
      'Total blocking time (ms)',
      'JS transferred (KiB gzip)',
      'CSS transferred (KiB gzip)',
      'Requests',
      'Requests to other hosts',
      'JS heap after load (MB)',
      'Keyboard step to next paint, median (ms)',
      'Keyboard step to next paint, p95 (ms)',
      'Keyboard step work (script + layout), p95 (ms)',
      'Key did something',
      'Zoom frame p95 (ms)',
      'Zoom frames > 50 ms',
      'Zoom did something',
      'Timed out',
    ]) {
      expect(row(markdown, 'Generated', label)).toHaveLength(3);
    }
  });

  it('renderTable(summary, results) shows median (min–max), units, ratios and counts', () => {
    expect(row(markdown, 'Generated', 'First headline visible (ms)')).toEqual(['812 (791–1,234)', '2,200 (2,000–2,400), timed out 1/3', '0.37×']);
    expect(row(markdown, 'Generated', 'JS transferred (KiB gzip)')).toEqual(['95.7', '302.7', '0.32×']);
    expect(row(markdown, 'Generated', 'JS heap after load (MB)')).toEqual(['5.2', '12.0', '0.43×']);
    expect(row(markdown, 'Generated', 'Keyboard step to next paint, median (ms)')).toEqual(['9.1', '9.1', '1.00×']);
    expect(row(markdown, 'Generated', 'Requests to other hosts')).toEqual(['0', '0', '—']);
    expect(row(markdown, 'Generated', 'Zoom frame p95 (ms)')).toEqual(['17', '—', '—']);
    expect(row(markdown, 'Generated', 'Key did something')).toEqual(['3/3', '1/3', '—']);
    expect(row(markdown, 'Generated', 'Zoom did something')).toEqual(['3/3', '0/3', '—']);
    expect(row(markdown, 'Generated', 'Timed out')).toEqual(['0/3', '1/3', '—']);
  });

  it('renderTable(summary, results) shows only Quoteline for the bundled story', () => {
    expect(row(markdown, 'Bundled', 'First headline visible (ms)')).toEqual(['660 (640–700)', '—', '—']);
    expect(row(markdown, 'Bundled', 'Key did something')).toEqual(['3/3', '—', '—']);
  });

  it('renderTable(summary, results) says "timed out 3/3" when no run showed a headline', () => {
    const all = results([
      { system: 'quoteline', story: 'generated', n: 10000, cpu: 4, samples: [sample(), sample(), sample()] },
      {
        system: 'timelinejs',
        story: 'generated',
        n: 10000,
        cpu: 4,
        samples: [1, 2, 3].map(() => sample({ timedOut: true, headlineMs: null })),
      },
    ]);
    const text = renderTable(summarize(all), all);
    expect(text).toContain('### Generated story, 10,000 events, CPU slowed 4×');
    expect(row(text, 'Generated', 'First headline visible (ms)')).toEqual(['800', 'timed out 3/3', '—']);
  });
});

describe('renderChart', () => {
  const sizes = results(
    [20, 1000, 10000].flatMap((n): BenchResult[] => [
      { system: 'quoteline', story: 'generated', n, cpu: 1, samples: [sample({ headlineMs: 400, tbtMs: 0 })] },
      { system: 'timelinejs', story: 'generated', n, cpu: 1, samples: [sample({ headlineMs: n === 10000 ? null : 1600, tbtMs: 300, timedOut: n === 10000 })] },
      { system: 'quoteline', story: 'generated', n, cpu: 4, samples: [sample({ headlineMs: 1234 })] },
    ]),
  );
  const svg = renderChart(summarize(sizes));

  it('renderChart(summary) is a standalone, titled, well-formed SVG', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toMatch(/<title id="bench-title">[^<]+<\/title>/);
    expect(svg).toMatch(/<desc id="bench-desc">[^<]+<\/desc>/);
    expect(svg).toContain('font-family="system-ui');
    expectWellFormedXml(svg);
  });

  it('renderChart(summary) draws ratios on a log scale with a 1× line, legend, direction labels and n/a for missing ratios', () => {
    expect(svg).toContain('1× equal');
    expect(svg).toContain('← Quoteline faster / smaller');
    expect(svg).toContain('Quoteline slower / larger →');
    for (const label of ['20 events', '1,000 events', '10,000 events']) expect(svg).toContain(`>${label}</text>`);
    expect(svg).toContain('>0.25×</text>'); // headline 400 / 1600
    expect(svg).toContain('>0×</text>'); // blocking time 0 / 300
    expect(svg).toContain('>n/a</text>'); // TimelineJS timed out at 10,000 events
    expect(svg).toContain('First headline visible: 20 events 0.25×, 1,000 events 0.25×, 10,000 events n/a.');
    expect(svg).not.toContain('1,234'); // CPU 4× groups are left out
  });

  it('renderChart(summary, options) escapes text for XML', () => {
    const escaped = renderChart(summarize(sizes), { title: 'Quoteline & "TimelineJS" <beta>', subtitle: "Tom's < 1× & > 1×" });
    expect(escaped).toContain('Quoteline &amp; &quot;TimelineJS&quot; &lt;beta&gt;');
    expect(escaped).toContain('Tom&apos;s &lt; 1× &amp; &gt; 1×');
    expect(escaped).not.toContain('<beta>');
    expectWellFormedXml(escaped);
    // The default subtitle has a "<" of its own.
    expect(svg).toContain('&lt; 1× means Quoteline is faster or smaller');
  });

  it('renderChart(summary) still renders with no generated results', () => {
    const empty = renderChart({ groups: [] });
    expect(empty).toContain('No results for the generated story at normal CPU speed');
    expectWellFormedXml(empty);
  });
});

describe('updateReadme', () => {
  const readme = ['# Quoteline', '', '## Performance', '', '<!-- bench:start -->', 'old table', '<!-- bench:end -->', '', '## Build', ''].join('\n');

  it('updateReadme(readme, table, chartPath) replaces what is between the markers with the table and the chart', () => {
    const { text, updated } = updateReadme(readme, '| a | b |\n| --- | --: |\n', 'bench/results/latest.svg');
    expect(updated).toBe(true);
    expect(text).toBe(
      [
        '# Quoteline',
        '',
        '## Performance',
        '',
        '<!-- bench:start -->',
        '',
        '| a | b |',
        '| --- | --: |',
        '',
        '![Ratios Quoteline / TimelineJS](bench/results/latest.svg)',
        '',
        '<!-- bench:end -->',
        '',
        '## Build',
        '',
      ].join('\n'),
    );
    expect(updateReadme(text, '| a | b |\n| --- | --: |\n', 'bench/results/latest.svg').text).toBe(text);
  });

  it('updateReadme(readme, table, chartPath) keeps CRLF line endings', () => {
    const { text, updated } = updateReadme(readme.replace(/\n/g, '\r\n'), 'T', 'bench/results/latest.svg');
    expect(updated).toBe(true);
    expect(text).toContain('<!-- bench:start -->\r\n\r\nT\r\n\r\n![Ratios Quoteline / TimelineJS](bench/results/latest.svg)\r\n\r\n<!-- bench:end -->\r\n');
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('updateReadme(readme, table, chartPath) leaves the README alone without both markers', () => {
    const noMarkers = '# Quoteline\n\nNo benchmark here.\n';
    expect(updateReadme(noMarkers, 'T', 'x.svg')).toEqual({ text: noMarkers, updated: false });
    const onlyStart = '# Quoteline\n<!-- bench:start -->\nold\n';
    expect(updateReadme(onlyStart, 'T', 'x.svg')).toEqual({ text: onlyStart, updated: false });
    const reversed = '<!-- bench:end -->\nold\n<!-- bench:start -->\n';
    expect(updateReadme(reversed, 'T', 'x.svg')).toEqual({ text: reversed, updated: false });
  });
});

describe('renderSummary', () => {
  it('gives the README a short table of the generated stories at normal speed, and points to the full tables', () => {
    const text = renderSummary(summarize(fixture), fixture, 'bench/results/latest.md');
    expect(text).toContain('| 1,000 | First headline visible (ms) | 812 | 2,200 (timed out) | 0.37× |');
    expect(text).toContain('| 1,000 | JS transferred (KiB gzip) | 95.7 | 302.7 | 0.32× |');
    // The bundled story (Quoteline only) and slowed CPUs stay in the full tables.
    expect(text).not.toContain('| 20 |');
    expect(text).toContain('[bench/results/latest.md](bench/results/latest.md)');
    expect(text.split('\n').length).toBeLessThan(20);
  });
});
