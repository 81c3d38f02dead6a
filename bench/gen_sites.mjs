// Writes two equivalent synthetic sites for bench/hugo_compare.sh: one in scrutiny's content
// format (OUT/scrutiny) and one for Hugo (OUT/hugo), from the same fixed-seed random stream, so
// every run of the benchmark builds the same bytes. Node is used because the project installs it
// (python3 is not guaranteed on a fresh Debian 12).
// Usage: node bench/gen_sites.mjs OUT [--commitments N] [--metrics M] [--months K] [--sessions S]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const out = args[0];
if (!out || out.startsWith('--')) {
  console.error('usage: node bench/gen_sites.mjs OUT [--commitments N] [--metrics M] [--months K] [--sessions S]');
  process.exit(2);
}
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(args[i + 1]);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} takes a whole number above 0`);
    process.exit(2);
  }
  return n;
};
const N_COMMITMENTS = option('commitments', 10000);
const N_METRICS = option('metrics', 500);
const N_MONTHS = option('months', 120);
const N_SESSIONS = option('sessions', 300);
const N_MECHANISMS = 40;
const N_TERMS = 80;

// mulberry32: small, fast, and the same on every machine.
let seed = 20261202;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];

const WORDS = (
  'the police force commissioner plan community victims partners services officers crime ' +
  'local support safer public work review group board report quarter year results progress ' +
  'training staff neighbourhood team response calls contact people young families schools ' +
  'roads rural business online fraud harm risk safeguarding domestic abuse violence prevention ' +
  'offenders courts justice witnesses delivery funding budget investment estate technology ' +
  'data systems digital record recording standards inspection assurance performance measures ' +
  'improve reduce increase deliver provide continue develop monitor agree publish share ' +
  'engage consult review complete launch extend expand fund commission recruit train ' +
  'with for and to of in on by from across within through after before during under over ' +
  'new better more fewer clear early specialist independent joint regional national annual ' +
  'this that these their its our each every many some most all other further key main ' +
  'a an is are was were has have had will can should would could may been being also ' +
  'place area town county district village centre hub point network route scheme project ' +
  'approach method framework strategy policy guidance process practice model pathway'
).split(' ');
const OBJECTIVES = [
  ['victims', 'Putting victims and survivors first', 'Victims', 'V'],
  ['secure', 'Building a more secure West Mercia', 'Secure', 'S'],
  ['reassure', "Reassuring West Mercia's communities", 'Reassure', 'R'],
  ['reform', 'Reforming West Mercia', 'Reform', 'F'],
];
const AREAS = [
  ['west-mercia', 'West Mercia', 1285000, true],
  ['herefordshire', 'Herefordshire', 192000],
  ['north-worcestershire', 'North Worcestershire', 258000],
  ['south-worcestershire', 'South Worcestershire', 330000],
  ['shropshire', 'Shropshire', 323000],
  ['telford-wrekin', 'Telford and Wrekin', 182000],
];
const STATUSES = ['not-started', 'in-progress', 'on-track', 'at-risk', 'on-hold', 'complete'];
const KINDS = ['performance', 'thematic', 'public', 'virtual', 'ad-hoc'];

const capital = (s) => s[0].toUpperCase() + s.slice(1);
const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const sentence = (n) => capital(words(n)) + '.';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const terms = [];
for (const seen = new Set(); terms.length < N_TERMS; ) {
  const term = Array.from({ length: between(3, 4) }, () => pick(LETTERS)).join('');
  if (seen.has(term)) continue;
  seen.add(term);
  terms.push({ term, expansion: capital(words(between(2, 4))), definition: sentence(between(10, 18)) });
}
const mechanisms = Array.from({ length: N_MECHANISMS }, (_, i) => ({
  id: `mechanism-${i + 1}`,
  name: `${capital(words(2))} board ${i + 1}`,
  purpose: sentence(between(12, 20)),
  objective: i % 5 === 4 ? 'cross-cutting' : OBJECTIVES[i % 4][0],
  meets: pick(['Monthly', 'Quarterly', 'Bi-monthly', '']),
}));
const metricIds = Array.from({ length: N_METRICS }, (_, i) => `measure-${String(i + 1).padStart(4, '0')}`);

// A paragraph of `n` words: sentences of 8-20 words, with now and then a glossary term, some
// emphasis or a link, so the Markdown and the term marking both have work to do.
function paragraph(n) {
  const sentences = [];
  for (let left = n; left > 0; ) {
    const len = Math.min(left, between(8, 20));
    const w = Array.from({ length: len }, () => pick(WORDS));
    if (random() < 0.3) w[between(0, len - 1)] = pick(terms).term;
    if (random() < 0.1 && len > 3) w[1] = `**${w[1]}**`;
    if (random() < 0.05 && len > 4) w[3] = `[${w[3]}](https://www.example.org/${w[3]})`;
    sentences.push(capital(w.join(' ')) + '.');
    left -= len;
  }
  return sentences.join(' ');
}
// A body of `total` words in paragraphs of 40-120 words, with a bullet list now and then.
function body(total) {
  const parts = [];
  for (let left = total; left > 0; ) {
    if (random() < 0.15 && left > 20) {
      parts.push(Array.from({ length: between(2, 4) }, () => `- ${capital(words(between(4, 8)))}`).join('\n'));
      left -= 20;
      continue;
    }
    const n = Math.min(left, between(40, 120));
    parts.push(paragraph(n));
    left -= n;
  }
  return parts.join('\n\n') + '\n';
}
const q = (s) => JSON.stringify(s);  // a TOML basic string: the text has no control characters
const list = (xs) => `[${xs.map(q).join(', ')}]`;
const iso = (y, m, d) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function write(path, text) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}
const S = join(out, 'scrutiny');
const H = join(out, 'hugo');

// ---- site configuration ----
write(join(S, 'site_config.toml'), [
  'title = "Synthetic plan: a benchmark site"',
  'organisation = "Office of the Police and Crime Commissioner (synthetic)"',
  'description = "A generated site for timing builds."',
  'base_url = "https://www.example.org/performance/"',
  'language = "en-GB"',
  'theme = "default"',
  'output_dir = "public"',
  ...OBJECTIVES.flatMap(([id, title, short]) => ['', '[[objectives]]', `id = ${q(id)}`, `title = ${q(title)}`, `short = ${q(short)}`, `summary = ${q(sentence(15))}`]),
  ...AREAS.flatMap(([id, name, population, total]) => ['', '[[areas]]', `id = ${q(id)}`, `name = ${q(name)}`, ...(total ? ['total = true'] : []), `population = ${population}`]),
  '', '[spc]', 'shift_run = 7', 'trend_run = 7', 'recalculate_after = 8', 'screen_outliers = true', 'min_points = 12', '',
].join('\n'));
write(join(H, 'config.toml'), [
  'baseURL = "https://www.example.org/performance/"',
  'languageCode = "en-GB"',
  'title = "Synthetic plan: a benchmark site"',
  'disableKinds = ["taxonomyTerm"]',  // no separate page listing the objectives themselves
  '[taxonomies]', 'objective = "objectives"',
  '[params]', 'organisation = "Office of the Police and Crime Commissioner (synthetic)"',
  ...OBJECTIVES.flatMap(([id, title, short]) => ['[[params.objectives]]', `id = ${q(id)}`, `title = ${q(title)}`, `short = ${q(short)}`]),
  '',
].join('\n'));

// ---- glossary: mechanisms and terms (scrutiny's content files, Hugo's data files) ----
const meetingsToml = mechanisms.map((m) => ['[[meeting]]', `id = ${q(m.id)}`, `name = ${q(m.name)}`, `purpose = ${q(m.purpose)}`, `objective = ${q(m.objective)}`, `meets = ${q(m.meets)}`, ''].join('\n')).join('\n');
const termsToml = terms.map((t) => ['[[term]]', `term = ${q(t.term)}`, `expansion = ${q(t.expansion)}`, `definition = ${q(t.definition)}`, ''].join('\n')).join('\n');
write(join(S, 'content/glossary/meetings.toml'), meetingsToml);
write(join(S, 'content/glossary/terms.toml'), termsToml);
write(join(H, 'data/meetings.toml'), meetingsToml);
write(join(H, 'data/terms.toml'), termsToml);
write(join(H, 'content/glossary/_index.md'), '+++\ntitle = "Glossary"\n+++\n');

// ---- metrics: monthly figures for every area ----
for (let i = 0; i < N_METRICS; ++i) {
  const id = metricIds[i];
  const objective = OBJECTIVES[i % 4][0];
  const head = [
    `title = ${q(`${capital(words(2))} measure ${i + 1}`)}`,
    `objective = ${q(objective)}`,
    'unit = "offences"', 'value_type = "count"', 'aggregate = "sum"',
    `improvement = ${q(pick(['increase', 'decrease', 'neutral']))}`,
    `definition = ${q(sentence(between(12, 24)))}`,
    `source = ${q(sentence(8))}`,
    `oversight = ${list([pick(mechanisms).id])}`,
  ];
  const series = AREAS.map(([area, , population]) => {
    const level = Math.max(5, Math.round(population / 1000 * (0.2 + random())));
    const step = random() < 0.3 ? Math.round(level * 0.25) : 0;
    const values = Array.from({ length: N_MONTHS }, (_, m) => {
      if (random() < 0.01) return 'nan';
      const seasonal = Math.sin((m / 12) * 2 * Math.PI) * level * 0.08;
      const noise = (random() + random() + random() - 1.5) * Math.sqrt(level) * 1.6;
      return String(Math.max(0, Math.round(level + seasonal + noise + (m >= N_MONTHS / 2 ? step : 0))));
    });
    return { area, values };
  });
  write(join(S, `content/metrics/${id}.toml`), [
    ...head, `commentary = """\n${paragraph(between(40, 80))}\n"""`,
    ...series.flatMap((s) => ['', '[[series]]', `area = ${q(s.area)}`, 'start = "2015-04"', `values = [${s.values.join(', ')}]`]), '',
  ].join('\n'));
  // Hugo cannot read `nan` in TOML arrays as numbers for a table, so months without a figure are strings there.
  write(join(H, `content/measures/${id}.md`), [
    '+++', ...head, `objectives = [${q(objective)}]`, 'start = "2015-04"',
    ...series.flatMap((s) => ['', '[[series]]', `area = ${q(s.area)}`, `values = [${s.values.map((v) => (v === 'nan' ? '""' : v)).join(', ')}]`]),
    '+++', paragraph(between(40, 80)), '',
  ].join('\n'));
}

// ---- commitments ----
const perObjective = [0, 0, 0, 0];
for (let i = 0; i < N_COMMITMENTS; ++i) {
  const o = i % 4;
  const [objective, , , letter] = OBJECTIVES[o];
  const ref = `${letter}${++perObjective[o]}`;
  const slug = ref.toLowerCase();
  const status = pick(STATUSES);
  const oversight = [...new Set(Array.from({ length: between(1, 2) }, () => pick(mechanisms).id))];
  const metrics = [...new Set(Array.from({ length: between(0, 3) }, () => pick(metricIds)))];
  const activities = Array.from({ length: between(2, 4) }, (_, a) => ({ ref: `${ref}.${a + 1}`, title: sentence(between(8, 16)), status: pick(STATUSES) }));
  const updates = Array.from({ length: between(3, 6) }, (_, u) => {
    const year = 2019 + u, quarter = between(1, 4);
    return {
      period: `${year}-Q${quarter}`,
      published: iso(quarter >= 3 ? year + 1 : year, [8, 11, 1, 4][quarter - 1], between(1, 28)),
      activity: random() < 0.5 ? pick(activities).ref : null,
      text: body(between(40, 90)).trimEnd(),
    };
  });
  const front = [
    `ref = ${q(ref)}`, `objective = ${q(objective)}`, `title = ${q(sentence(between(8, 18)).slice(0, -1))}`,
    `owner = ${q(random() < 0.5 ? 'pcc' : 'force')}`, `status = ${q(status)}`,
    `oversight = ${list(oversight)}`, `metrics = ${list(metrics)}`,
  ];
  const tables = [
    ...activities.flatMap((a) => ['', '[[activities]]', `ref = ${q(a.ref)}`, `title = ${q(a.title)}`, `status = ${q(a.status)}`]),
    ...updates.flatMap((u) => ['', '[[updates]]', `period = ${q(u.period)}`, `published = ${u.published}`,
      ...(u.activity ? [`activity = ${q(u.activity)}`] : []), `text = """\n${u.text}\n"""`]),
  ];
  const text = body(between(300, 600));
  write(join(S, `content/commitments/${slug}.md`), ['+++', ...front, ...tables, '+++', text].join('\n'));
  write(join(H, `content/commitments/${slug}.md`), ['+++', ...front, `objectives = [${q(objective)}]`, ...tables, '+++', text].join('\n'));
}

// ---- holding-to-account sessions ----
for (let i = 0; i < N_SESSIONS; ++i) {
  const date = iso(2016 + (i % 8), 1 + (i % 12), 1 + (i % 28));
  const stem = `${date}-session-${i + 1}`;
  const objectives = [...new Set([pick(OBJECTIVES)[0], pick(OBJECTIVES)[0]])];
  const front = [`date = ${date}`, `title = ${q(`Session ${i + 1}: ${words(3)}`)}`, `kind = ${q(pick(KINDS))}`,
    `series = ${q(pick(mechanisms).id)}`];
  const text = body(between(100, 250));
  write(join(S, `content/meetings/${stem}.md`), ['+++', ...front, `objectives = ${list(objectives)}`, '+++', text].join('\n'));
  write(join(H, `content/meetings/${stem}.md`), ['+++', ...front, `objectives = ${list(objectives)}`, '+++', text].join('\n'));
}

// ---- Hugo's templates: plain, and showing what scrutiny's pages show ----
const T = (name, text) => write(join(H, 'layouts', name), text.trim() + '\n');
T('_default/baseof.html', `
<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{{ .Title }} | {{ .Site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}"></head>
<body>
<header><p><a href="{{ "" | relURL }}">{{ .Site.Title }}</a></p><p>{{ .Site.Params.organisation }}</p>
<nav><ul>{{ range .Site.Params.objectives }}<li><a href="{{ printf "objectives/%s/" .id | relURL }}">{{ .short }}</a></li>{{ end }}
<li><a href="{{ "meetings/" | relURL }}">Meetings</a></li><li><a href="{{ "glossary/" | relURL }}">Glossary</a></li></ul></nav></header>
<main>{{ block "main" . }}{{ end }}</main>
</body></html>`);
T('index.html', `
{{ define "main" }}<h1>{{ .Site.Title }}</h1>
<ul>{{ range .Site.Params.objectives }}<li><a href="{{ printf "objectives/%s/" .id | relURL }}">{{ .title }}</a></li>{{ end }}</ul>
<p>{{ len (where .Site.RegularPages "Section" "commitments") }} commitments, {{ len (where .Site.RegularPages "Section" "measures") }} measures.</p>{{ end }}`);
T('_default/list.html', `
{{ define "main" }}<h1>{{ .Title }}</h1>
<table><thead><tr><th>Page</th><th>Status</th></tr></thead><tbody>
{{ range .Pages }}<tr><td><a href="{{ .RelPermalink }}">{{ with .Params.ref }}{{ . }}: {{ end }}{{ .Title }}</a></td><td>{{ .Params.status }}</td></tr>
{{ end }}</tbody></table>{{ end }}`);
T('_default/single.html', `{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}`);
T('commitments/single.html', `
{{ define "main" }}<p>{{ .Params.ref }} · {{ .Params.owner }} · <a href="{{ printf "objectives/%s/" .Params.objective | relURL }}">{{ .Params.objective }}</a></p>
<h1>{{ .Title }}</h1><p>Status: {{ .Params.status }}</p>
{{ .Content }}
<h2>Supporting activities</h2><table><thead><tr><th>Ref</th><th>Activity</th><th>Status</th></tr></thead><tbody>
{{ range .Params.activities }}<tr id="activity-{{ .ref | urlize }}"><th>{{ .ref }}</th><td>{{ .title }}</td><td>{{ .status }}</td></tr>
{{ end }}</tbody></table>
<h2>Progress updates</h2><ol>
{{ range sort .Params.updates "period" "desc" }}<li><h3>{{ .period }}</h3><p>Published {{ .published }}{{ with .activity }} · Activity <a href="#activity-{{ . | urlize }}">{{ . }}</a>{{ end }}</p>
{{ .text | markdownify }}</li>
{{ end }}</ol>
<h2>Who checks this</h2><ul>{{ range .Params.oversight }}<li><a href="{{ printf "glossary/#%s" . | relURL }}">{{ . }}</a></li>{{ end }}</ul>
<h2>Related measures</h2><ul>{{ range .Params.metrics }}{{ with site.GetPage (printf "/measures/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>
{{ end }}`);
T('measures/single.html', `
{{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.definition }}</p>{{ .Content }}
{{ range .Params.series }}<h2>{{ .area }}</h2><table><thead><tr><th>Month</th><th>Value</th></tr></thead><tbody>
{{ range $i, $v := .values }}<tr><td>{{ $i }}</td><td>{{ $v }}</td></tr>{{ end }}
</tbody></table>{{ end }}{{ end }}`);
T('meetings/single.html', `
{{ define "main" }}<h1>{{ .Title }}</h1><p><time>{{ .Params.date }}</time> · {{ .Params.kind }} · <a href="{{ printf "glossary/#%s" .Params.series | relURL }}">{{ .Params.series }}</a></p>{{ .Content }}{{ end }}`);
T('glossary/list.html', `
{{ define "main" }}<h1>Glossary</h1><h2>Oversight</h2><dl>{{ range .Site.Data.meetings.meeting }}<dt id="{{ .id }}">{{ .name }}</dt><dd>{{ .purpose }} {{ .meets }}</dd>{{ end }}</dl>
<h2>Terms</h2><dl>{{ range .Site.Data.terms.term }}<dt><abbr title="{{ .expansion }}">{{ .term }}</abbr></dt><dd>{{ .definition }}</dd>{{ end }}</dl>{{ end }}`);

console.log(`generated ${N_COMMITMENTS} commitments, ${N_METRICS} metrics x ${AREAS.length} areas x ${N_MONTHS} months, ` +
  `${N_SESSIONS} sessions, ${N_MECHANISMS} mechanisms, ${N_TERMS} terms in ${out}/{scrutiny,hugo}`);
