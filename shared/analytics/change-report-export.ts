import Papa from 'papaparse';
import type { ChangeReport, SnapshotSummary } from '../api/snapshots.js';
import type { MessageDescriptor } from '../i18n/define-messages.js';
import { snapshotMessages as m } from '../i18n/messages/snapshots.js';
import type { Translator } from '../i18n/translator.js';
import { typologyLabel } from '../i18n/typology-labels.js';
import type { FigureChange, SnapshotActor, SnapshotLink } from './change-report.js';

// A change report as a file, in the reader's language: Markdown for reading and sharing (user
// text escaped, so a name never becomes markup), CSV for spreadsheets (one row per figure: its
// section, measure, before, after and change; numbers unrounded, texts a spreadsheet would run as
// formulas defused, as the data export does). The panel and `itinera change-report` write these.

type Section = {
  title: MessageDescriptor;
  values?: Record<string, number>;
  rows: FigureChange[];
  label(key: string): string;
};

const MEASURES: Record<string, MessageDescriptor> = {
  places: m.places,
  actors: m.actors,
  sites: m.sites,
  creativeFirms: m.creativeFirms,
  links: m.linksCount,
  events: m.events,
  knowledgeExchangeLinks: m.knowledgeExchangeLinks,
  shannon: m.shannon,
  giniSimpson: m.giniSimpson,
  hillQ0: m.hillQ0,
  hillQ1: m.hillQ1,
  hillQ2: m.hillQ2,
  relatedVariety: m.relatedVariety,
  unrelatedVariety: m.unrelatedVariety,
  nearShare: m.nearShare,
  nearCrossSectorShare: m.nearCrossSectorShare,
  farShare: m.farShare,
  farCrossSectorShare: m.farCrossSectorShare,
  nearToFarRatio: m.nearToFarRatio,
};

export function measureLabel(t: Pick<Translator, 't'>, key: string): string {
  const message = MEASURES[key];
  return message ? t.t(message) : key;
}

/** A snapshot as a reader names it: its day, and its label when it has one. */
export function snapshotName(t: Translator, snapshot: Pick<SnapshotSummary, 'takenOn' | 'label'>): string {
  const day = t.date(snapshot.takenOn);
  return snapshot.label ? t.t(m.snapshotName, { day, label: snapshot.label }) : day;
}

export function actorKind(t: Pick<Translator, 't'>, actor: SnapshotActor): string {
  const category = typologyLabel(t, 'category', actor.category);
  return actor.sector ? `${category}, ${typologyLabel(t, 'sector', actor.sector)}` : category;
}

export function actorLine(t: Pick<Translator, 't'>, actor: SnapshotActor): string {
  return t.t(m.firmLine, { name: actor.name, kind: actorKind(t, actor) });
}

export function linkLine(t: Pick<Translator, 't'>, link: SnapshotLink): string {
  return t.t(m.linkLine, { from: link.fromName, to: link.toName, type: typologyLabel(t, 'linkType', link.type) });
}

function sections(t: Translator, report: ChangeReport): Section[] {
  const measure = (key: string) => measureLabel(t, key);
  return [
    { title: m.counts, rows: report.counts, label: measure },
    { title: m.byFamily, rows: report.byFamily, label: (key) => typologyLabel(t, 'family', key) },
    { title: m.bySector, rows: report.bySector, label: (key) => typologyLabel(t, 'sector', key) },
    { title: m.diversity, rows: report.diversity, label: measure },
    {
      title: m.interlinkage,
      values: { metres: report.to.interlinkageWithinMetres },
      rows: report.interlinkage,
      label: measure,
    },
  ];
}

/**
 * Escapes what would turn user text (names, labels) into markup inside a line: emphasis, code,
 * links, HTML, table cells. Our lines never start with user text, so `#`, `-` and `+` stay.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/\r?\n/g, ' ');
}

export function changeReportMarkdown(t: Translator, report: ChangeReport): string {
  const out: string[] = [];
  const name = report.to.scopeName ?? report.from.scopeName ?? '';
  out.push(`# ${escapeMarkdown(t.t(m.title, { name }))}`, '');
  out.push(escapeMarkdown(t.t(m.period, { from: snapshotName(t, report.from), to: snapshotName(t, report.to) })), '');
  const list = <Item>(title: MessageDescriptor, items: readonly Item[], line: (item: Item) => string) => {
    out.push(`## ${t.t(title, { count: items.length })}`, '');
    if (items.length === 0) out.push(t.t(m.none));
    for (const item of items) out.push(`- ${escapeMarkdown(line(item))}`);
    out.push('');
  };
  list(m.newFirms, report.newFirms, (actor) => actorLine(t, actor));
  list(m.closedFirms, report.closedFirms, (actor) => actorLine(t, actor));
  list(m.linksGained, report.linksGained, (link) => linkLine(t, link));
  list(m.linksLost, report.linksLost, (link) => linkLine(t, link));
  const cell = (value: number | null, signed = false) =>
    value === null
      ? '–'
      : t.number(value, { maximumFractionDigits: 3, ...(signed ? { signDisplay: 'exceptZero' as const } : {}) });
  for (const section of sections(t, report)) {
    out.push(`## ${t.t(section.title, section.values)}`, '');
    out.push(
      `| ${[m.columnMeasure, m.columnFrom, m.columnTo, m.columnChange].map((column) => t.t(column)).join(' | ')} |`,
      '| --- | ---: | ---: | ---: |',
    );
    for (const row of section.rows)
      out.push(
        `| ${escapeMarkdown(section.label(row.key))} | ${cell(row.from)} | ${cell(row.to)} | ${cell(row.change, true)} |`,
      );
    out.push('');
  }
  if (report.interlinkageDistanceDiffers)
    out.push(
      t.t(m.distanceDiffers, {
        from: t.number(report.from.interlinkageWithinMetres),
        to: t.number(report.to.interlinkageWithinMetres),
      }),
      '',
    );
  return out.join('\n');
}

export function changeReportCsv(t: Translator, report: ChangeReport): string {
  const rows: (string | number)[][] = [];
  const value = (figure: number | null) => (figure === null ? '' : figure);
  // One row per firm and per link that differs: present before (1/0), after (1/0), the change.
  for (const [title, lines, present] of [
    [m.newFirms, report.newFirms.map((actor) => actorLine(t, actor)), 'to'],
    [m.closedFirms, report.closedFirms.map((actor) => actorLine(t, actor)), 'from'],
    [m.linksGained, report.linksGained.map((link) => linkLine(t, link)), 'to'],
    [m.linksLost, report.linksLost.map((link) => linkLine(t, link)), 'from'],
  ] as const)
    for (const line of lines)
      rows.push([
        t.t(title, { count: lines.length }),
        line,
        present === 'from' ? 1 : 0,
        present === 'to' ? 1 : 0,
        present === 'to' ? 1 : -1,
      ]);
  for (const section of sections(t, report))
    for (const row of section.rows)
      rows.push([
        t.t(section.title, section.values),
        section.label(row.key),
        value(row.from),
        value(row.to),
        value(row.change),
      ]);
  const fields = [m.columnSection, m.columnMeasure, m.columnFrom, m.columnTo, m.columnChange].map((column) =>
    t.t(column),
  );
  return Papa.unparse({ fields, data: rows }, { newline: '\r\n', header: true, escapeFormulae: true }) + '\r\n';
}
