// The curators' page: a document pasted or uploaded, the facts the service proposes from it
// highlighted in its text, each proposal edited, accepted or rejected, all through the public API.
'use strict';

const $ = (selector) => document.querySelector(selector);
let authorization = null;
let batch = null;
/** By proposal id: the proposal, its list item and the JSON of its fields as proposed. */
const shown = new Map();

function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onclick') { element.addEventListener('click', value); } else if (value !== null && value !== undefined && value !== false) { element.setAttribute(name, value); }
  }
  element.append(...children.flat().filter((child) => child !== null && child !== undefined));
  return element;
}

function say(message) {
  $('#status').textContent = message;
}

/** A GraphQL request as the signed-in curator; throws with the service's own words if refused. */
async function ask(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json', Authorization: authorization },
    body: JSON.stringify({ query, variables }),
  });
  const answer = await response.json();
  if (answer.errors && answer.errors.length) {
    if (response.status === 401) { signOut(); }
    throw new Error(answer.errors.map((error) => error.message).join('; '));
  }
  return answer.data;
}

function signOut() {
  authorization = null;
  $('#sign-in-panel').hidden = false;
  $('#document-panel').hidden = true;
}

const PROPOSAL = 'id kind quote start end fields basis reasoning confidence duplicateOf matches { field words label key name score proposedNew }';
const PROPOSE = `mutation($input: ProposeFactsInput!) { proposeFacts(input: $input) {
  batch { id text language withheld proposals { ${PROPOSAL} } } userErrors { field message code } } }`;
const ACCEPT = `mutation($input: AcceptProposalsInput!) { acceptProposals(input: $input) {
  source { slug name } created { __typename ... on Node { id } ... on Conference { slug name } ... on Organisation { slug name }
    ... on Person { slug name } ... on Statement { slug } ... on Commitment { slug text } }
  userErrors { field message code } } }`;
const REJECT = `mutation($input: RejectProposalsInput!) { rejectProposals(input: $input) { rejected userErrors { field message code } } }`;

$('#sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  const user = $('#user').value.trim();
  authorization = `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${user}:${$('#password').value}`)))}`;
  try {
    // proposing from no text is refused with a user error, for a curator; a reader is refused outright
    const data = await ask(PROPOSE, { input: { text: ' ' } });
    if (!data.proposeFacts) { throw new Error('Not signed in.'); }
    $('#password').value = '';
    $('#sign-in-panel').hidden = true;
    $('#document-panel').hidden = false;
    say(`Signed in as ${user}.`);
    $('#text').focus();
  } catch (error) {
    authorization = null;
    say(`Sign-in refused: ${error.message}`);
  }
});

$('#propose').addEventListener('submit', async (event) => {
  event.preventDefault();
  const file = $('#file').files[0];
  const fields = { language: $('#language').value, title: $('#title').value.trim(), publisher: $('#publisher').value.trim(),
    url: $('#url').value.trim(), publishedOn: $('#published-on').value };
  say('Reading the document…');
  try {
    const payload = file ? await upload(file, fields) : (await ask(PROPOSE, { input: {
      text: $('#text').value, ...Object.fromEntries(Object.entries(fields).filter(([, value]) => value)) } })).proposeFacts;
    if (payload.userErrors.length) {
      say(payload.userErrors.map((error) => `${error.field.join('.')}: ${error.message}`).join(' '));
      return;
    }
    show(payload.batch);
  } catch (error) {
    say(`Not proposed: ${error.message}`);
  }
});

/** A file sent as it is to the service, which reads it with Tika and answers as proposeFacts does. */
async function upload(file, fields) {
  const query = new URLSearchParams(Object.entries({ ...fields, name: file.name }).filter(([, value]) => value));
  const response = await fetch(`/curation/documents?${query}`, {
    method: 'POST', body: file, headers: { 'Content-Type': file.type || 'application/octet-stream', Authorization: authorization },
  });
  const answer = await response.json();
  if (answer.errors) {
    if (response.status === 401) { signOut(); }
    throw new Error(answer.errors.map((error) => error.message).join('; '));
  }
  return answer;
}

// --- the document and its proposals -------------------------------------------------------------

function show(proposed) {
  batch = proposed;
  shown.clear();
  $('#outcome').replaceChildren();
  $('#accept').disabled = false;
  const list = batch.proposals.map((proposal) => {
    const item = proposalItem(proposal);
    shown.set(proposal.id, { proposal, item, fields: JSON.stringify(proposal.fields, null, 2) });
    item.querySelector('textarea').value = shown.get(proposal.id).fields;
    return item;
  });
  $('#proposals').replaceChildren(...list);
  $('#document-text').replaceChildren(...highlighted(batch.text, batch.proposals));
  $('#proposals-panel').hidden = false;
  say(`${batch.proposals.length} proposals from the document (${batch.language})`
    + (batch.withheld ? `; ${batch.withheld} rejected before are left out.` : '.'));
  $('#proposals-title').scrollIntoView({ block: 'start' });
}

/** The text cut where any proposal's words begin or end; each piece within some proposal a link to the first of them. */
function highlighted(text, proposals) {
  const cuts = new Set([0, text.length]);
  proposals.forEach((proposal) => { cuts.add(proposal.start); cuts.add(proposal.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const within = proposals.filter((proposal) => proposal.start <= from && to <= proposal.end);
    const words = text.slice(from, to);
    if (!within.length) {
      pieces.push(words);
      continue;
    }
    pieces.push(el('a', { href: `#proposal-${within[0].id}`, class: within.length > 1 ? 'hl many' : 'hl',
      'data-proposals': within.map((proposal) => proposal.id).join(' '),
      title: within.map((proposal) => kindName(proposal.kind)).join(', '),
      onclick: (event) => { event.preventDefault(); focusProposal(within[0].id); } }, words));
  }
  return pieces;
}

function focusProposal(id) {
  const entry = shown.get(id);
  entry.item.scrollIntoView({ block: 'nearest' });
  entry.item.focus();
}

const KINDS = { EVENT: 'Event', HOST: 'Host', CO_ORGANISER: 'Co-organiser', FUNDER: 'Funder', PARTICIPANT: 'Participant',
  INSTRUMENT: 'Action plan or law', FIGURE: 'Figure', POST: 'Post', ALIAS: 'Other name',
  STATEMENT: 'Statement', UNDERTAKING: 'Undertaking' };

function kindName(kind) {
  return KINDS[kind] || kind;
}

function proposalItem(proposal) {
  const fieldsId = `fields-${proposal.id}`;
  const heading = `proposal-title-${proposal.id}`;
  const item = el('li', { id: `proposal-${proposal.id}`, tabindex: '-1', 'data-proposal': proposal.id, 'aria-labelledby': heading },
    el('div', { class: 'proposal-head' },
      el('strong', { id: heading }, kindName(proposal.kind)),
      el('label', {}, el('input', { type: 'checkbox', class: 'choose', checked: proposal.duplicateOf ? null : 'checked',
        'aria-describedby': `${heading}` }), ' Accept'),
      el('span', { class: 'badge' }, proposal.basis === 'INFERRED' ? 'inferred' : 'stated'),
      el('span', { class: 'help' }, `confidence ${proposal.confidence.toFixed(2)}`)),
    proposal.duplicateOf ? el('p', { class: 'help' }, `The graph holds this already: ${proposal.duplicateOf}. Not ticked.`) : null,
    el('blockquote', {}, proposal.quote),
    proposal.reasoning ? el('p', { class: 'help' }, `Reasoning: ${proposal.reasoning}`) : null,
    proposal.matches.length ? el('ul', { class: 'matches', 'aria-label': 'What its words name' }, proposal.matches.map((match) => el('li', {},
      `“${match.words}” (${match.field}): `, match.proposedNew ? `a new ${match.label}, ${match.key}`
        : `${match.name || match.key}, ${match.label} ${match.key}, score ${match.score.toFixed(2)}`))) : null,
    el('details', {}, el('summary', {}, 'Edit its record'),
      el('label', { for: fieldsId }, 'Its fields, in the dataset format (JSON)'),
      el('textarea', { id: fieldsId, class: 'fields', rows: '8', spellcheck: 'false' })),
    el('button', { type: 'button', class: 'reject', onclick: () => reject(proposal.id) }, 'Reject'),
    el('p', { class: 'error', 'aria-live': 'polite' }));
  item.addEventListener('focusin', () => current(proposal.id));
  item.addEventListener('mouseenter', () => current(proposal.id));
  return item;
}

/** Marks the proposal's words in the text, and brings them into view. */
function current(id) {
  const marks = [...document.querySelectorAll('#document-text a.hl')];
  marks.forEach((mark) => mark.classList.toggle('current', mark.dataset.proposals.split(' ').includes(id)));
  const first = marks.find((mark) => mark.classList.contains('current'));
  if (first) {
    const box = $('#document-text');
    box.scrollTop = Math.max(0, first.offsetTop - box.offsetTop - 40);
  }
}

async function reject(id) {
  const { item } = shown.get(id);
  try {
    const data = await ask(REJECT, { input: { batch: batch.id, proposals: [id], reason: 'Rejected in the explorer' } });
    if (data.rejectProposals.userErrors.length) {
      item.querySelector('.error').textContent = data.rejectProposals.userErrors.map((error) => error.message).join(' ');
      return;
    }
    item.classList.add('rejected');
    const choose = item.querySelector('.choose');
    choose.checked = false;
    choose.disabled = true;
    item.querySelector('.reject').disabled = true;
    item.querySelector('.error').textContent = 'Rejected: it will not be offered again for this document.';
    say(`${kindName(shown.get(id).proposal.kind)} rejected.`);
  } catch (error) {
    item.querySelector('.error').textContent = `Not rejected: ${error.message}`;
  }
}

$('#accept').addEventListener('click', async () => {
  shown.forEach(({ item }) => { item.querySelector('.error').textContent = item.classList.contains('rejected') ? item.querySelector('.error').textContent : ''; });
  const chosen = [...shown.values()].filter(({ item }) => item.querySelector('.choose').checked);
  if (!chosen.length) {
    say('Tick at least one proposal to accept.');
    return;
  }
  const edits = [];
  for (const { proposal, item, fields } of chosen) {
    const given = item.querySelector('.fields').value;
    if (given.trim() === fields.trim()) { continue; }
    try {
      edits.push({ proposal: proposal.id, fields: JSON.parse(given) });
    } catch (error) {
      item.querySelector('.error').textContent = `Its fields are not JSON: ${error.message}`;
      item.querySelector('details').open = true;
      item.querySelector('.fields').focus();
      say('Nothing was accepted: one record is not JSON.');
      return;
    }
  }
  say('Accepting…');
  try {
    // the document's title, publisher and address as the form now gives them: filled in after proposing, they still count
    const source = Object.fromEntries(['title', 'publisher', 'url'].map((name) => [name, $(`#${name}`).value.trim()])
      .filter(([, value]) => value));
    const data = await ask(ACCEPT, { input: { batch: batch.id, proposals: chosen.map(({ proposal }) => proposal.id), edits,
      ...(Object.keys(source).length ? { source } : {}) } });
    const payload = data.acceptProposals;
    if (payload.userErrors.length) {
      payload.userErrors.forEach((error) => {
        const item = itemOf(error.field, chosen, edits);
        const message = `${error.field.slice(3).join('.')}${error.field.length > 3 ? ': ' : ''}${error.message}`;
        if (item) {
          item.querySelector('.error').textContent = message;
        } else if (error.field[1] === 'source') {
          $('#outcome').append(el('p', { class: 'error' }, `The document as a source: ${error.message} (fill in its title, publisher or address above, and accept again)`));
        } else {
          $('#outcome').append(el('p', { class: 'error' }, message));
        }
      });
      say(`Nothing was written: ${payload.userErrors.length} problem(s), shown beside the proposals.`);
      const first = payload.userErrors.map((error) => itemOf(error.field, chosen, edits)).find(Boolean);
      if (first) { first.focus(); }
      return;
    }
    chosen.forEach(({ item }) => item.classList.add('accepted'));
    $('#accept').disabled = true;
    $('#outcome').replaceChildren(el('p', {}, `Accepted as one change, citing the source ${payload.source.slug}. Created:`),
      el('ul', {}, payload.created.map((node) => el('li', {}, `${node.__typename}: ${node.name || node.text || node.slug}`))),
      el('p', {}, el('a', { href: '/' }, 'See them in the explorer')));
    say(`Accepted ${chosen.length} proposals.`);
  } catch (error) {
    say(`Not accepted: ${error.message}`);
  }
});

/** The list item a user error's path names: input.proposals.N, or input.edits.N. */
function itemOf(path, chosen, edits) {
  if (path[1] === 'proposals' && path.length > 2) { return chosen[Number(path[2])] && chosen[Number(path[2])].item; }
  if (path[1] === 'edits' && path.length > 2) { return edits[Number(path[2])] && shown.get(edits[Number(path[2])].proposal).item; }
  return null;
}
