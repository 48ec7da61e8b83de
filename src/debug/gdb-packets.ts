/**
 * gdb remote serial protocol framing (gdb manual, "Overview" of the Remote Protocol):
 * `$data#cs` with a two-digit modulo-256 checksum, `+`/`-` acknowledgements, 0x03 for an
 * interrupt, and `}` escapes (the byte XOR 0x20) in binary data. Everything is kept as
 * latin1 strings, one character per byte.
 */

/** The longest packet accepted; longer ones are dropped (and NAKed) rather than buffered without end. */
export const MAX_PACKET = 0x4000;

export type Frame =
  | { kind: 'packet'; data: string }
  | { kind: 'bad' } // checksum mismatch or oversized: the peer should retransmit
  | { kind: 'interrupt' }
  | { kind: 'ack' }
  | { kind: 'nack' };

export function checksum(data: string): number {
  let s = 0;
  for (let i = 0; i < data.length; i++) s = (s + data.charCodeAt(i)) & 0xff;
  return s;
}

/** Escapes the bytes the framing reserves: # $ } and * (which would start run-length encoding). */
export function escapeBinary(data: string): string {
  return data.replace(/[#$}*]/g, (c) => '}' + String.fromCharCode(c.charCodeAt(0) ^ 0x20));
}

export function unescapeBinary(data: string): string {
  let out = '';
  for (let i = 0; i < data.length; i++) {
    const c = data[i];
    if (c === '}' && i + 1 < data.length) out += String.fromCharCode(data.charCodeAt(++i) ^ 0x20);
    else out += c;
  }
  return out;
}

/** `$data#cs` for a reply (data must already be escaped where binary). */
export function frame(data: string): string {
  return `$${data}#${checksum(data).toString(16).padStart(2, '0')}`;
}

/** Splits a byte stream into frames; partial packets wait for more input. */
export class PacketReader {
  private buf = '';
  private inPacket = false;

  feed(chunk: string): Frame[] {
    const out: Frame[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i];
      if (!this.inPacket) {
        if (c === '$') { this.inPacket = true; this.buf = ''; }
        else if (c === '\x03') out.push({ kind: 'interrupt' });
        else if (c === '+') out.push({ kind: 'ack' });
        else if (c === '-') out.push({ kind: 'nack' });
        // anything else between packets is noise and is skipped
        continue;
      }
      this.buf += c;
      const hash = this.buf.length - 3;
      if (hash >= 0 && this.buf[hash] === '#') {
        const data = this.buf.slice(0, hash);
        const cs = this.buf.slice(hash + 1);
        this.inPacket = false;
        this.buf = '';
        out.push(/^[0-9a-fA-F]{2}$/.test(cs) && parseInt(cs, 16) === checksum(data) ? { kind: 'packet', data } : { kind: 'bad' });
      } else if (this.buf.length > MAX_PACKET + 3) {
        this.inPacket = false;
        this.buf = '';
        out.push({ kind: 'bad' });
      }
    }
    return out;
  }
}

/** Hex string of bytes. */
export function toHex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

/** Bytes of an even-length hex string, or null when it is not one. */
export function fromHex(hex: string): Uint8Array | null {
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.substr(2 * i, 2), 16);
  return out;
}

/** A hex number of at most 16 digits as an unsigned BigInt, or null. */
export function parseHexNumber(s: string): bigint | null {
  if (!/^[0-9a-fA-F]{1,16}$/.test(s)) return null;
  return BigInt('0x' + s);
}

/** A 64-bit value as 16 hex digits in target (little-endian) byte order, as `g` and `p` want. */
export function le64Hex(v: bigint): string {
  let s = '';
  let x = BigInt.asUintN(64, v);
  for (let i = 0; i < 8; i++) {
    s += Number(x & 0xffn).toString(16).padStart(2, '0');
    x >>= 8n;
  }
  return s;
}

/** 16 little-endian hex digits back to a value, or null. */
export function parseLe64(hex: string): bigint | null {
  const b = fromHex(hex);
  if (!b || b.length !== 8) return null;
  let v = 0n;
  for (let i = 7; i >= 0; i--) v = (v << 8n) | BigInt(b[i]);
  return v;
}
