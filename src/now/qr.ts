/**
 * A QR code as an SVG path, for the foyer screen (`<ev-now>` imports this module on demand, with
 * lean-qr's small build: about 3 KB brotli, ECC level L by default, versions as the text needs).
 */
import { generate } from 'lean-qr/nano';

/** A QR code's size in modules (quiet zone not included) and its dark modules as one path: each run of dark modules in a row is one rectangle. */
export interface QrPath {
  readonly size: number;
  readonly d: string;
}

export function qrPath(text: string): QrPath {
  const code = generate(text);
  let d = '';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; ) {
      let run = 0;
      while (x + run < code.size && code.get(x + run, y)) run++;
      if (run) d += `M${x} ${y}h${run}v1h-${run}z`;
      x += run || 1;
    }
  }
  return { size: code.size, d };
}
