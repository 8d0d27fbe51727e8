// Moves edits computed on a string annotation's own tree to their place in the file.
import type { Edit } from '../../fix/index.js';

export function shiftEdits(edits: readonly Edit[], shift: number): Edit[] {
  return shift === 0 ? [...edits] : edits.map((edit) => ({ start: edit.start + shift, end: edit.end + shift, content: edit.content }));
}
