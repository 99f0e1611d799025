// The explorer: the knowledge base's main questions at a glance, through the public GraphQL API
// only, with every mark opening its evidence; its state lives in the address, and it follows
// curators' changes over a graphql-ws subscription.
'use strict';

const CITE = 'fragment Cite on Citation { quote verbatim note source { name url } }';
const KNOWN = 'citations { ...Cite } basis reasoning';
const NAMES = `... on Node { id } ... on Node { ... on Country { code name } ... on Organisation { slug name } ... on Project { slug name }
  ... on Person { slug name } ... on Conference { slug name } ... on Declaration { slug title }
  ... on ActionPlan { slug title } ... on LegalInstrument { slug title } ... on Commitment { slug text }
  ... on Statement { slug text } ... on Source { slug name } ... on Statistic { slug measure }
  ... on ConferenceSeries { slug title } ... on Observance { slug name } }`;

const $ = (selector) => document.querySelector(selector);
const state = Object.fromEntries(new URLSearchParams(location.search));
const views = {};

function keep(name, value) {
  if (value) { state[name] = value; } else { delete state[name]; }
  const query = new URLSearchParams(state).toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

async function ask(query, variables = {}) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const answer = await response.json();
  if (answer.errors && !answer.data) {
    throw new Error(answer.errors.map((error) => error.message).join('; '));
  }
  return answer.data;
}

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick') { element.addEventListener('click', value); } else if (value !== null && value !== undefined) { element.setAttribute(name, value); }
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return element;
}

function nameOf(node) {
  return node ? (node.name || node.title || node.text || node.measure || node.code || node.slug) : '';
}

/** What a commitment was made in, by its kind and its own words: a conference by place and date, a declaration by its short title. */
const ORIGIN = `__typename ${NAMES} ... on Conference { city startDate { iso } } ... on Declaration { shortTitle }
  ... on Statement { speaker { name } }`;

function originName(origin) {
  switch (origin.__typename) {
    case 'Conference': return `Conference in ${origin.city}, ${origin.startDate.iso}`;
    case 'Declaration': return origin.shortTitle || origin.title;
    case 'Statement': return `Statement by ${origin.speaker ? origin.speaker.name : 'an unnamed speaker'}`;
    case 'ActionPlan': return `Action plan: ${origin.title}`;
    case 'LegalInstrument': return `Law: ${origin.title}`;
    default: return nameOf(origin);
  }
}

function shorten(text, length = 140) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function howKnown(fact) {
  if (!fact) { return 'not known'; }
  if (fact.basis === 'INFERRED') { return 'inferred by a curator'; }
  if (fact.basis === 'ASSUMED') { return 'assumed by convention'; }
  return 'stated by its sources';
}

/** Opens the evidence of a fact: each citation's words, verbatim or a summary, and its source. */
function showEvidence(title, fact, extra = []) {
  const body = $('#evidence-body');
  body.replaceChildren(...[el('p', {}, el('strong', {}, title)), fact ? el('p', {}, `How it is known: ${howKnown(fact)}.`) : null,
    fact && fact.reasoning ? el('p', {}, `Reasoning: ${fact.reasoning}`) : null, ...extra].filter(Boolean));
  const citations = (fact && fact.citations) || [];
  if (fact && !citations.length) {
    body.append(el('p', {}, 'No citation: the fact is recorded as unsourced.'));
  }
  for (const citation of citations) {
    body.append(el('blockquote', {}, citation.quote),
      el('p', { class: 'help' }, citation.verbatim ? 'The source\'s exact words. ' : 'A curator\'s summary: the source\'s text is not held. ',
        /^https?:\/\//.test(citation.source.url || '') ? el('a', { href: citation.source.url, rel: 'noopener' }, citation.source.name) : citation.source.name,
        citation.note ? ` (${citation.note})` : ''));
  }
  const dialog = $('#evidence');
  if (!dialog.open) { dialog.showModal(); }
}

/** A mark that opens a fact's evidence; the open evidence is in the address (by its title), so it can be linked to. */
function evidenceButton(label, title, fact, extra) {
  return el('button', { type: 'button', class: 'link', 'data-evidence': title,
    onclick: () => { keep('evidence', title); showEvidence(title, fact, extra); } }, label);
}

/** Reopens the evidence the address names, once the marks are on the page. */
function reopenEvidence() {
  if (state.edge) {
    const [source, target] = state.edge.split(' ');
    edgeEvidence({ source, target }).catch(() => keep('edge', ''));
  } else if (state.evidence) {
    const mark = [...document.querySelectorAll('[data-evidence]')].find((button) => button.dataset.evidence === state.evidence);
    if (mark) { mark.click(); } else { keep('evidence', ''); }
  }
}

// --- briefings -------------------------------------------------------------------------------------

/** Links to a briefing's page and PDF, at the addresses the API gives (its `briefing` field). */
function briefingLinks(label, address) {
  return el('span', { class: 'briefing' }, el('a', { href: address.html }, `Briefing: ${label}`), ' · ',
    el('a', { href: address.pdf, type: 'application/pdf' }, 'PDF'));
}

// --- the hosting rotation ---------------------------------------------------------------------

async function loadSeries() {
  const data = await ask('{ conferences(first: 100) { edges { node { series { series { slug title } } } } } }');
  const series = new Map();
  for (const { node } of data.conferences.edges) {
    if (node.series) { series.set(node.series.series.slug, node.series.series.title); }
  }
  const select = $('#series');
  select.replaceChildren(...[...series].map(([slug, title]) => el('option', { value: slug }, title)));
  if (state.series && series.has(state.series)) { select.value = state.series; }
  select.addEventListener('change', () => { keep('series', select.value); views.rotation(); });
  const asOf = $('#as-of');
  asOf.value = state.asOf || '';
  asOf.addEventListener('change', () => { keep('asOf', asOf.value); views.rotation(); views.commitments(); views.overdue(); });
}

views.rotation = async () => {
  const series = $('#series').value;
  if (!series) { return; }
  const data = await ask(`query($series: String!, $asOf: Date) {
      conferenceSeries(slug: $series) { title briefing(asOf: $asOf) { html pdf } }
      hostingRotation(series: $series, asOf: $asOf) {
        year country { code name } ${KNOWN}
        conference { slug name city startDate { iso } series { ${KNOWN} } }
        commitment { slug text }
        status { status stale date { iso } assessedBy lastAssessment { status date { iso } } ${KNOWN} }
      } } ${CITE}`, { series, asOf: state.asOf || null });
  $('#series-briefing').replaceChildren(briefingLinks(data.conferenceSeries.title, data.conferenceSeries.briefing));
  $('#rotation').replaceChildren(...data.hostingRotation.map((slot) => {
    const status = slot.status;
    const word = status ? status.status : 'NOT YET UNDERTAKEN';
    const since = status && status.stale && status.lastAssessment
      ? ` (not assessed since ${status.lastAssessment.date.iso})` : '';
    return el('li', { class: word, 'data-year': slot.year, 'data-country': slot.country.code },
      el('div', { class: 'year' }, String(slot.year)),
      el('div', {}, evidenceButton(`${slot.country.name} (${slot.country.code})`, `${slot.country.name} is named to host in ${slot.year}`, slot)),
      el('div', {}, slot.conference
        ? evidenceButton(`Conference in ${slot.conference.city}, ${slot.conference.startDate.iso}`,
          `The conference in ${slot.conference.city} as the ${slot.year} edition`, slot.conference.series)
        : el('span', { class: 'help' }, 'No edition recorded')),
      el('div', {}, el('span', { class: `badge ${word}` }, word.replace(/_/g, ' ')), since,
        status ? el('span', {}, ' · ', evidenceButton(howKnown(status), `Status of the ${slot.year} hosting: ${word}`, status,
          [el('p', {}, `Assessed ${status.date.iso} by ${status.assessedBy}.`)])) : null));
  }));
};

// --- commitments --------------------------------------------------------------------------------

async function loadCommitmentFilters() {
  const data = await ask(`{
      countries(first: 100) { edges { node { code name } } }
      commitments(first: 100) { edges { node { kind themes madeIn { origin { ${ORIGIN} } } } } }
      statuses: __type(name: "CommitmentStatus") { enumValues { name } } }`);
  const fill = (select, options, chosen) => {
    select.append(...options.map(([value, label]) => el('option', { value }, label)));
    if (chosen) { select.value = chosen; }
    select.addEventListener('change', () => { keep(select.id, select.value); keep('commitment', ''); views.commitments(); });
  };
  const origins = new Map();
  const kinds = new Set();
  const themes = new Set();
  for (const { node } of data.commitments.edges) {
    kinds.add(node.kind);
    node.themes.forEach((theme) => themes.add(theme));
    if (node.madeIn) { origins.set(node.madeIn.origin.slug, originName(node.madeIn.origin)); }
  }
  fill($('#country'), data.countries.edges.map(({ node }) => [node.code, node.name]), state.country);
  fill($('#instrument'), [...origins].map(([slug, name]) => [slug, name]), state.instrument);
  fill($('#theme'), [...themes].sort().map((theme) => [theme, theme.toLowerCase()]), state.theme);
  fill($('#kind'), [...kinds].sort().map((kind) => [kind, kind.toLowerCase().replace(/_/g, ' ')]), state.kind);
  fill($('#status'), data.statuses.enumValues.map(({ name }) => [name, name.toLowerCase().replace(/_/g, ' ')]), state.status);
}

views.commitments = async () => {
  const filter = {};
  if (state.instrument) { filter.madeIn = state.instrument; }
  if (state.theme) { filter.theme = state.theme; }
  if (state.kind) { filter.kind = [state.kind]; }
  if (state.status) { filter.status = [state.status]; }
  if (state.asOf) { filter.statusAsOf = state.asOf; }
  // a country's commitments are those it is a party to and the undertakings naming it to host
  const byCountry = Boolean(state.country);
  const data = await ask(`query($party: CommitmentFilter, $host: CommitmentFilter, $byCountry: Boolean!, $asOf: Date) {
      party: commitments(filter: $party, first: 100) { ...Rows }
      host: commitments(filter: $host, first: 100) @include(if: $byCountry) { ...Rows } }
    fragment Rows on CommitmentConnection { totalCount edges { node {
      slug text dueDate { iso } madeIn { origin { ${ORIGIN} } } parties { actor { name } basis }
      host { country { name } basis } status(asOf: $asOf) { status stale } } } }`,
  { party: byCountry ? { ...filter, party: state.country } : filter, host: { ...filter, host: state.country || null },
    byCountry, asOf: state.asOf || null });
  const seen = new Set();
  const nodes = [...data.party.edges, ...(data.host ? data.host.edges : [])].map(({ node }) => node)
    .filter((node) => !seen.has(node.slug) && seen.add(node.slug));
  const named = (link, name) => link.basis === 'STATED' ? name : `${name} (${howKnown(link)})`;
  const rows = nodes.map((node) => el('tr', { 'data-slug': node.slug },
    el('td', {}, el('button', { type: 'button', class: 'link', onclick: () => { keep('commitment', node.slug); views.history(); } }, node.text)),
    el('td', {}, node.parties.map((party) => named(party, party.actor.name)).join('; ')),
    el('td', {}, node.host ? named(node.host, node.host.country.name) : ''),
    el('td', {}, node.madeIn ? originName(node.madeIn.origin) : ''),
    el('td', {}, node.dueDate ? node.dueDate.iso : ''),
    el('td', {}, node.status ? el('span', { class: `badge ${node.status.status}` }, node.status.status.replace(/_/g, ' ')) : 'not yet made')));
  $('#commitments tbody').replaceChildren(...rows);
  $('#commitments').dataset.country = state.country || '';
  const count = byCountry ? nodes.length : data.party.totalCount;
  $('#commitments-count').textContent = `${count} commitment${count === 1 ? '' : 's'}`;
  await Promise.all([views.history(), views.filterBriefings()]);
};

/** The briefings of the country and the instrument chosen, where the API has one for them. */
views.filterBriefings = async () => {
  const data = await ask(`query($country: String!, $instrument: String!, $byCountry: Boolean!, $byInstrument: Boolean!, $asOf: Date) {
      country(code: $country) @include(if: $byCountry) { name briefing(asOf: $asOf) { html pdf } }
      declaration(slug: $instrument) @include(if: $byInstrument) { title briefing(asOf: $asOf) { html pdf } }
      actionPlan(slug: $instrument) @include(if: $byInstrument) { title briefing(asOf: $asOf) { html pdf } }
      legalInstrument(slug: $instrument) @include(if: $byInstrument) { title briefing(asOf: $asOf) { html pdf } } }`,
  { country: state.country || '', instrument: state.instrument || '', byCountry: Boolean(state.country),
    byInstrument: Boolean(state.instrument), asOf: state.asOf || null });
  const links = [];
  if (data.country) { links.push(briefingLinks(data.country.name, data.country.briefing)); }
  for (const instrument of [data.declaration, data.actionPlan, data.legalInstrument]) {
    if (instrument) { links.push(briefingLinks(instrument.title, instrument.briefing)); }
  }
  $('#commitments-briefing').replaceChildren(...links.flatMap((link, index) => (index ? [' · ', link] : [link])));
};

// --- overdue commitments ------------------------------------------------------------------------

views.overdue = async () => {
  const data = await ask(`query($asOf: Date) { overdueCommitments(asOf: $asOf) {
      asOf
      byCountry { country { code name } commitments { slug text dueDate { iso } } }
      bySeries { series { slug title } commitments { slug } } } }`, { asOf: state.asOf || null });
  const report = data.overdueCommitments;
  const target = $('#overdue');
  if (!report.byCountry.length) {
    target.replaceChildren(el('p', {}, `Nothing overdue on ${report.asOf}.`));
    return;
  }
  const open = (slug) => { keep('commitment', slug); views.history(); $('#history').scrollIntoView(); };
  target.replaceChildren(el('p', {}, `On ${report.asOf}: `, report.bySeries.map((one) =>
    `${one.commitments.length} in ${one.series.title}`).join('; ') || 'none in a series', '.'),
  el('ul', { class: 'overdue' }, ...report.byCountry.map((group) => el('li', { 'data-country': group.country.code },
    el('strong', {}, group.country.name), ': ',
    ...group.commitments.flatMap((commitment, index) => [index ? '; ' : '',
      el('button', { type: 'button', class: 'link', onclick: () => open(commitment.slug) },
        `${shorten(commitment.text, 90)} (due ${commitment.dueDate.iso})`)])))));
};

views.history = async () => {
  const target = $('#history');
  if (!state.commitment) { target.replaceChildren(); return; }
  const data = await ask(`query($slug: String!, $asOf: Date) { commitment(slug: $slug) {
      text briefing(asOf: $asOf) { html pdf } ${KNOWN} parties { actor { name } ${KNOWN} } host { country { name } ${KNOWN} }
      statusHistory { status date { iso } assessedBy note ${KNOWN} } } } ${CITE}`, { slug: state.commitment, asOf: state.asOf || null });
  const commitment = data.commitment;
  if (!commitment) { target.replaceChildren(); return; }
  target.replaceChildren(el('h3', {}, 'Status history'),
    el('p', {}, evidenceButton(commitment.text, 'The commitment', commitment)),
    el('p', { class: 'briefings' }, briefingLinks('this commitment', commitment.briefing)),
    el('p', {}, 'Parties: ', ...commitment.parties.flatMap((party, index) => [index ? ', ' : '',
      evidenceButton(party.actor.name, `${party.actor.name} is a party`, party)])),
    ...(commitment.host ? [el('p', {}, 'Host: ', evidenceButton(commitment.host.country.name,
      `${commitment.host.country.name} is named to host`, commitment.host))] : []),
    el('ol', {}, ...commitment.statusHistory.map((assessment) => el('li', {},
      `${assessment.date.iso}: `, el('span', { class: `badge ${assessment.status}` }, assessment.status.replace(/_/g, ' ')),
      ` by ${assessment.assessedBy} · `, evidenceButton('evidence', `${assessment.status} from ${assessment.date.iso}`, assessment,
        assessment.note ? [el('p', {}, assessment.note)] : [])))));
};

// --- the partnership network --------------------------------------------------------------------

const PARTNERS = 'partners { actor { id } ways count }';
let graph;

views.network = async () => {
  const data = await ask(`{
      countries(first: 100) { edges { node { id code name ${PARTNERS} } } }
      organisations(first: 100) { edges { node { id slug name acronym ${PARTNERS} } } }
      projects(first: 100) { edges { node { id slug name ${PARTNERS} } } } }`);
  const actors = [...data.countries.edges, ...data.organisations.edges, ...data.projects.edges].map(({ node }) => node);
  const edges = new Map();
  for (const actor of actors) {
    for (const partner of actor.partners) {
      const pair = [actor.id, partner.actor.id].sort();
      edges.set(pair.join(' '), { source: pair[0], target: pair[1], count: partner.count, ways: partner.ways });
    }
  }
  const linked = actors.filter((actor) => [...edges.values()].some((edge) => edge.source === actor.id || edge.target === actor.id));
  const label = (actor) => shorten(actor.acronym || actor.code || actor.name, 24);
  // at the default zoom only the most connected actors are named, so that names do not run into each other;
  // the others are named on hover, when selected or on a path, and every one is in the list below the drawing
  const weight = new Map();
  for (const edge of edges.values()) {
    weight.set(edge.source, (weight.get(edge.source) || 0) + edge.count);
    weight.set(edge.target, (weight.get(edge.target) || 0) + edge.count);
  }
  const named = new Set(linked.slice().sort((a, b) => weight.get(b.id) - weight.get(a.id)).slice(0, 6).map((actor) => actor.id));
  const elements = [
    ...linked.map((actor) => ({ data: { id: actor.id, label: label(actor), key: actor.code || actor.slug, name: actor.name,
      named: named.has(actor.id) } })),
    ...[...edges.values()].map((edge) => ({ data: { id: `${edge.source} ${edge.target}`, ...edge } })),
  ];
  if (!graph) {
    graph = cytoscape({
      container: $('#network'),
      style: [
        { selector: 'node', style: { label: '', 'font-size': 10, color: '#1b1f24', 'background-color': '#0b5cad', width: 14, height: 14 } },
        { selector: 'node[?named], node.on-path, node:selected, node.hover', style: { label: 'data(label)',
          'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2, 'z-index': 10 } },
        { selector: 'edge', style: { width: 'mapData(count, 1, 10, 1, 8)', 'line-color': '#8a96a3', 'curve-style': 'haystack' } },
        { selector: 'node.on-path', style: { 'background-color': '#a0192b', width: 18, height: 18 } },
        { selector: 'edge.on-path', style: { 'line-color': '#a0192b', width: 6 } },
        { selector: 'node.path-only', style: { shape: 'round-rectangle', 'background-color': '#6b4f9e' } },
        { selector: 'edge.path-only', style: { 'curve-style': 'bezier', 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
        { selector: ':selected', style: { 'line-color': '#f0b400', 'background-color': '#f0b400' } },
      ],
      wheelSensitivity: 0.3,
    });
    graph.on('tap', 'edge', (event) => { if (!event.target.hasClass('path-only')) { edgeEvidence(event.target.data()); } });
    graph.on('mouseover', 'node', (event) => event.target.addClass('hover'));
    graph.on('mouseout', 'node', (event) => event.target.removeClass('hover'));
  }
  graph.elements().remove();
  graph.add(elements);
  graph.layout({ name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 400000, idealEdgeLength: () => 90,
    nodeOverlap: 20, padding: 24 }).run();
  const names = new Map(linked.map((actor) => [actor.id, actor.name]));
  $('#edges').replaceChildren(...[...edges.values()].sort((a, b) => b.count - a.count).map((edge) => el('li', {},
    el('button', { type: 'button', class: 'link', 'data-edge': `${edge.source} ${edge.target}`, onclick: () => edgeEvidence(edge) },
      `${names.get(edge.source)} and ${names.get(edge.target)}`), ` (${edge.count} fact${edge.count === 1 ? '' : 's'}: ${edge.ways.map((way) => way.toLowerCase().replace(/_/g, ' ')).join(', ')})`)));
  for (const id of ['from', 'to']) {
    const select = $(`#${id}`);
    const chosen = state[id];
    select.replaceChildren(el('option', { value: '' }, 'Choose an actor'),
      ...linked.slice().sort((a, b) => a.name.localeCompare(b.name)).map((actor) => el('option', { value: actor.code || actor.slug }, actor.name)));
    if (chosen) { select.value = chosen; }
  }
  await views.path();
};

async function edgeEvidence(edge) {
  keep('edge', `${edge.source} ${edge.target}`);
  graph.elements().unselect();
  graph.getElementById(`${edge.source} ${edge.target}`).select();
  const partners = `partners { actor { id name } evidence { way via { ${NAMES} } ${KNOWN} } }`;
  const data = await ask(`query($id: ID!) { node(id: $id) {
      ... on Country { name ${partners} } ... on Organisation { name ${partners} }
      ... on Project { name ${partners} } ... on Person { name ${partners} } } } ${CITE}`, { id: edge.source });
  const partner = data.node.partners.find((candidate) => candidate.actor.id === edge.target);
  if (!partner) { showEvidence('This partnership is no longer in the graph.', null); return; }
  const items = partner.evidence.map((evidence) => el('li', {},
    `${evidence.way.toLowerCase().replace(/_/g, ' ')}: ${nameOf(evidence.via)} (${howKnown(evidence)})`,
    evidence.reasoning ? el('p', {}, `Reasoning: ${evidence.reasoning}`) : null,
    ...evidence.citations.map((citation) => el('blockquote', {}, citation.quote, el('br'), el('span', { class: 'help' },
      citation.verbatim ? 'exact words of ' : 'summary of ', citation.source.name)))));
  showEvidence(`${data.node.name} and ${partner.actor.name}`, null, [el('ul', { class: 'edge-evidence' }, items)]);
}

views.path = async () => {
  graph?.remove('.path-only');
  graph?.elements().removeClass('on-path');
  const from = state.from;
  const to = state.to;
  if (!from || !to || from === to) { $('#path').textContent = 'Choose two actors to see how the facts connect them.'; return; }
  const data = await ask(`query($from: String!, $to: String!) { connection(from: $from, to: $to) {
      from { ${ORIGIN} } relationship reversed to { ${ORIGIN} } } }`, { from, to });
  const steps = data.connection;
  if (!steps) { $('#path').textContent = 'No chain of at most six facts connects them.'; return; }
  // a path may pass through facts the network does not draw, such as a conference: they are drawn
  // for as long as the path is shown, each step as an edge, so that every node on it is connected
  const added = [];
  steps.forEach((step, index) => {
    for (const end of [step.from, step.to]) {
      if (graph.getElementById(end.id).empty()) {
        added.push(graph.add({ group: 'nodes', classes: 'path-only', data: { id: end.id, label: shorten(originName(end), 28) } }));
      }
      graph.getElementById(end.id).addClass('on-path');
    }
    graph.add({ group: 'edges', classes: 'path-only on-path', data: { id: `path ${index}`, source: step.from.id, target: step.to.id } });
  });
  for (const node of added) {
    const drawn = node.neighborhood('node').filter((neighbour) => !neighbour.hasClass('path-only'));
    const around = drawn.nonempty() ? drawn : graph.nodes();
    const x = around.toArray().reduce((sum, each) => sum + each.position('x'), 0) / around.length;
    const y = around.toArray().reduce((sum, each) => sum + each.position('y'), 0) / around.length;
    node.position({ x: x + 30, y: y + 30 });
  }
  // each fact of the chain once: what it joins, named as elsewhere on the page (a conference by place and date)
  const named = (node) => shorten(originName(node), 90);
  $('#path').textContent = `Path: ${named(steps[0].from)}${steps.map((step) => ` ${step.reversed ? '←' : '→'} ${step.relationship.toLowerCase().replace(/_/g, ' ')} ${step.reversed ? '←' : '→'} ${named(step.to)}`).join('')}`;
};

function watchPathChoices() {
  for (const id of ['from', 'to']) {
    $(`#${id}`).addEventListener('change', (event) => { keep(id, event.target.value); views.path(); });
  }
}

// --- search -------------------------------------------------------------------------------------

views.search = async () => {
  const text = state.q;
  $('#q').value = text || '';
  if (!text) { $('#hits').replaceChildren(); return; }
  let data;
  try {
    data = await ask(`query($text: String!) { search(text: $text, first: 20) {
        type field passage matches { start end } node { ${NAMES} } citation { ...Cite } } } ${CITE}`, { text });
  } catch (error) {
    $('#hits').replaceChildren(el('li', {}, error.message));
    return;
  }
  $('#hits').replaceChildren(...data.search.map((hit) => {
    const passage = el('p', { class: 'passage' });
    let at = 0;
    for (const match of hit.matches) {
      passage.append(hit.passage.slice(at, match.start), el('mark', {}, hit.passage.slice(match.start, match.end)));
      at = match.end;
    }
    passage.append(hit.passage.slice(at));
    return el('li', {}, el('strong', {}, `${hit.type.toLowerCase().replace(/_/g, ' ')}: ${shorten(nameOf(hit.node), 100)}`),
      ` (${hit.field})`, passage,
      hit.citation ? evidenceButton('its source', 'The passage found', { basis: 'STATED', citations: [hit.citation] }) : null);
  }));
  if (!data.search.length) { $('#hits').replaceChildren(el('li', {}, 'Nothing found.')); }
};

// --- live updates -------------------------------------------------------------------------------

let reloading;

/** Follows the changes made after the one given: the last made before the page read the graph. */
function followChanges(afterSequence) {
  const live = $('#live');
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const client = graphqlWs.createClient({
    url: `${scheme}://${location.host}/graphql-ws`,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      connected: () => { live.textContent = 'Live: changes curators make appear here as they are made.'; },
      closed: () => { live.textContent = 'Live updates interrupted; reconnecting…'; },
    },
  });
  client.subscribe({
    query: 'subscription($after: Int) { changes(afterSequence: $after) { sequence operation entity } }',
    variables: { after: afterSequence },
  }, {
    next: ({ data }) => {
      live.textContent = `Live: change ${data.changes.sequence} (${data.changes.operation} of ${data.changes.entity}) shown.`;
      clearTimeout(reloading);
      reloading = setTimeout(refresh, 300);
    },
    error: () => { live.textContent = 'Live updates unavailable; reload the page to see changes.'; },
    complete: () => {},
  });
}

async function refresh() {
  try {
    await Promise.all([views.rotation(), views.commitments(), views.network(), views.overdue()]);
  } catch (error) {
    $('#live').textContent = `A change arrived but the page could not show it: ${error.message}. Reload to try again.`;
    return;
  }
  document.querySelectorAll('.panel').forEach((panel) => { panel.classList.remove('changed'); void panel.offsetWidth; });
  $('#rotation').classList.add('changed');
}

// --- start --------------------------------------------------------------------------------------

async function start() {
  $('#search-form').addEventListener('submit', (event) => { event.preventDefault(); keep('q', $('#q').value.trim()); views.search(); });
  watchPathChoices();
  const { lastChangeSequence } = await ask('{ lastChangeSequence }');
  await Promise.all([loadSeries(), loadCommitmentFilters()]);
  await Promise.all([views.rotation(), views.commitments(), views.network(), views.overdue(), views.search()]);
  $('#evidence').addEventListener('close', () => { keep('evidence', ''); keep('edge', ''); });
  reopenEvidence();
  document.body.dataset.ready = 'true';
  followChanges(lastChangeSequence);
}

start().catch((error) => {
  $('#live').textContent = `The explorer could not load: ${error.message}`;
});
