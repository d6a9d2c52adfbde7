import { LIMITS, type RelationType } from '../model/index.ts';
import { DatasetBuilder } from './builder.ts';
import { at, labelAndText, oneLine } from './text.ts';
import type { Imported } from './types.ts';

// Kialo's text export: "Discussion Title: …", then one claim per line, "1. thesis", "1.1. Pro: …",
// "1.1.1. Con: …", the parent given by the dotted index. A line "1.6.4. Pro: -> See 1.2.2." reuses
// claim 1.2.2 as a pro of 1.6. Lines without an index continue the claim above.

const TITLE = /^\uFEFF?Discussion Title:\s*(.*)$/;
const CLAIM = /^(\d+(?:\.\d+)*)\.\s+(?:(Pro|Con):\s*)?(.*)$/;
const SEE = /^->\s*See\s+(\d+(?:\.\d+)*)\.?\s*$/i;
// A Markdown link not itself escaped; Kialo escapes parentheses inside URLs as "\(" and "\)".
const LINK = /(?<!\\)\[([^\]\n]*)\]\(((?:\\\)|[^)\s])+)\)/g;
const ESCAPED = /\\([\\`*_{}[\]()#+\-.!>~|<"'])/g;

interface Entry {
  index: string;
  stance?: 'Pro' | 'Con';
  text: string;
  line: number;
}

const unescapeMarkdown = (text: string) => text.replace(ESCAPED, '$1');
const parentOf = (index: string) => index.split('.').slice(0, -1).join('.');

export function importKialo(text: string): Imported {
  const builder = new DatasetBuilder();
  const { title, entries } = readEntries(text, builder);
  if (entries.length === 0)
    return {
      ok: false,
      problems: [
        {
          path: 'line 1',
          message: 'No Kialo claims found',
          hint: 'A Kialo export lists claims as "1. Thesis", "1.1. Pro: …", "1.1.1. Con: …".',
        },
      ],
    };

  // Claims first, so cross-links can point forward as well as back.
  const ids = new Map<string, string>(); // index → node id
  const links = new Map<string, string>(); // index of a "-> See" line → the index it points at
  const accepted = entries.filter((entry) => {
    if (ids.has(entry.index) || links.has(entry.index)) {
      builder.warn(
        at(entry.line),
        `Claim ${entry.index} appears twice: this one skipped`,
        'Number every claim once.',
      );
      return false;
    }
    const see = SEE.exec(entry.text.trim());
    if (see) links.set(entry.index, see[1]);
    else ids.set(entry.index, addClaim(builder, entry));
    return true;
  });

  /** The node a claim index stands for: the claim itself, or the claim a link line points at. */
  const nodeAt = (index: string): string | undefined => {
    for (let hops = 0; hops <= links.size; hops++) {
      const id = ids.get(index);
      if (id) return id;
      const target = links.get(index);
      if (!target) return undefined;
      index = target;
    }
    return undefined; // links that point at each other in a circle
  };

  for (const entry of accepted) {
    const from = nodeAt(entry.index);
    const link = links.get(entry.index);
    if (!from) {
      builder.warn(
        at(entry.line),
        `"-> See ${link}." points at no claim: link skipped`,
        'Link to the index of a claim in this file.',
      );
      continue;
    }
    if (!entry.index.includes('.')) continue; // a thesis has no parent
    if (!entry.stance) {
      builder.warn(
        at(entry.line),
        `Claim ${entry.index} has no "Pro:" or "Con:": not linked to its parent`,
        'Start the claim with "Pro:" or "Con:".',
      );
      continue;
    }
    let parentIndex = parentOf(entry.index);
    while (parentIndex && !nodeAt(parentIndex)) parentIndex = parentOf(parentIndex);
    if (!parentIndex) {
      builder.warn(
        at(entry.line),
        `Claim ${entry.index} has no parent claim in the file: not linked`,
        'Keep the parent claims of every claim.',
      );
      continue;
    }
    if (parentIndex !== parentOf(entry.index))
      builder.warn(
        at(entry.line),
        `Claim ${parentOf(entry.index)} is missing: ${entry.index} linked to ${parentIndex}`,
        'Keep the parent claims of every claim.',
      );
    const type: RelationType = entry.stance === 'Pro' ? 'supports' : 'disputes';
    const outcome = builder.addRelation({
      from,
      to: nodeAt(parentIndex) as string,
      type,
      ...(link && { kialo: { seeAt: entry.index } }),
    });
    if (outcome !== 'added')
      builder.warn(
        at(entry.line),
        outcome === 'self'
          ? `Claim ${entry.index} links a claim to itself: skipped`
          : `Claim ${entry.index} repeats a relation already in the map: skipped`,
        'Link each claim to its parent once.',
      );
  }
  const header = title ? { title: title.slice(0, LIMITS.maxLabelLength) } : {};
  return { ok: true, dataset: builder.build(header), warnings: builder.warnings };
}

function readEntries(text: string, builder: DatasetBuilder): { title?: string; entries: Entry[] } {
  let title: string | undefined;
  const entries: Entry[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const claim = CLAIM.exec(line);
    const heading = TITLE.exec(line);
    if (claim) {
      entries.push({ index: claim[1], stance: claim[2] as Entry['stance'], text: claim[3], line: i + 1 });
    } else if (heading && title === undefined && entries.length === 0) {
      title = oneLine(heading[1]) || undefined;
    } else if (line.trim() === '') {
      // Blank lines separate claims; they carry nothing.
    } else if (entries.length > 0) {
      entries[entries.length - 1].text += `\n${line}`; // a claim written over several lines
    } else {
      builder.warn(
        at(i + 1),
        'Line before the first claim is not part of a Kialo export: ignored',
        'Start with "Discussion Title: …" and "1. Thesis".',
      );
    }
  });
  return { title, entries };
}

/** A claim node; its Markdown links become sources, the first one the node's source. */
function addClaim(builder: DatasetBuilder, entry: Entry): string {
  const raw = entry.text.trim();
  const sources = [...raw.matchAll(LINK)].map(([, label, url]) => {
    const target = unescapeMarkdown(url);
    return builder.source(oneLine(unescapeMarkdown(label)) || target, target);
  });
  const plain = unescapeMarkdown(raw.replace(LINK, (_, label: string) => label));
  if (!oneLine(plain))
    builder.warn(
      at(entry.line),
      `Claim ${entry.index} has no text: labelled "(empty)"`,
      'Give every claim its text.',
    );
  const { label } = labelAndText(oneLine(plain) || '(empty)');
  const fullText = unescapeMarkdown(raw);
  const id = builder.id(entry.index);
  builder.addNode({
    id,
    kind: 'claim',
    label,
    ...(fullText !== label && { text: fullText }),
    ...(sources.length > 0 && { source: sources[0] }),
  });
  return id;
}
