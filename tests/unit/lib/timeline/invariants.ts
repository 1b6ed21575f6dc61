/** Checks every label of a timeline model: inside the picture, clear of every other text and mark, never shortened. */
import { textWidth } from '../../../../src/lib/timeline/measure.ts';
import { FONT, SMALL, type Box, type Label, type TimelineModel } from '../../../../src/lib/timeline/types.ts';

export interface TextBox {
  what: string;
  lines: string[];
  box: Box;
  size: number;
  /** The mark the text belongs to (its own mark may touch it). */
  owner?: string;
}

/** Every text the SVG draws, with its box. */
export function textBoxes(model: TimelineModel): TextBox[] {
  const out: TextBox[] = [];
  const add = (what: string, label: Label | null, size: number, owner?: string) => {
    if (label) out.push({ what, lines: label.lines, box: label.box, size, ...(owner ? { owner } : {}) });
  };
  for (const tick of model.ticks) if (tick.labelBox) out.push({ what: `tick ${tick.day}`, lines: [tick.label], box: tick.labelBox, size: SMALL });
  for (const lane of model.lanes) add(`lane ${lane.id}`, lane.label, SMALL);
  add('published', model.published.label, SMALL);
  for (const b of model.brackets) add(`bracket ${b.key}`, b.label, SMALL, b.key);
  add('histogram title', model.histogram?.titleLabel ?? null, SMALL);
  add('histogram note', model.histogram?.noteLabel ?? null, SMALL);
  for (const mark of model.marks) add(`mark ${mark.key}`, mark.label, FONT, mark.key);
  return out;
}

const overlap = (a: Box, b: Box) => a.x < b.x + b.w - 0.01 && b.x < a.x + a.w - 0.01 && a.y < b.y + b.h - 0.01 && b.y < a.y + a.h - 0.01;

/** Problems found, as readable lines (empty when the layout is sound). */
export function labelProblems(model: TimelineModel): string[] {
  const problems: string[] = [];
  const texts = textBoxes(model);
  const frame = { x: 0, y: 0, w: model.width, h: model.height };
  for (const t of texts) {
    const { box } = t;
    if (box.x < frame.x || box.y < frame.y || box.x + box.w > frame.w + 1e-6 || box.y + box.h > frame.h + 1e-6) problems.push(`${t.what} leaves the picture: ${JSON.stringify(box)}`);
    for (const line of t.lines) {
      if (/…$|\.\.\.$/.test(line)) problems.push(`${t.what} is shortened: "${line}"`);
      if (textWidth(line, t.size) > box.w + 0.5) problems.push(`${t.what} is wider than its box: "${line}"`);
    }
  }
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      if (overlap(texts[i]!.box, texts[j]!.box)) problems.push(`${texts[i]!.what} overlaps ${texts[j]!.what}`);
    }
  }
  // A label never covers another mark (horizontal layouts draw labels among the marks).
  if (model.orientation === 'horizontal') {
    for (const t of texts) {
      for (const mark of model.marks) {
        if (mark.key === t.owner) continue;
        const core = mark.shape === 'day' ? { x: mark.box.x + mark.box.w / 2 - 4, y: mark.box.y, w: 8, h: mark.box.h } : mark.box;
        if (overlap(t.box, core)) problems.push(`${t.what} covers mark ${mark.key}`);
      }
    }
  }
  return problems;
}

/** The words of a label, rejoined: wrapping may break lines but never drop a word. */
export function labelText(label: Label | null): string {
  return label ? label.lines.join(' ') : '';
}
