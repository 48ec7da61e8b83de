/** The gdb protocol's framing and encodings (src/debug/gdb-packets.ts). */
import { expect } from 'chai';
import {
  PacketReader, checksum, frame, escapeBinary, unescapeBinary, toHex, fromHex, parseHexNumber, le64Hex, parseLe64, MAX_PACKET,
} from '../src/debug/gdb-packets.js';

describe('gdb packets', () => {
  it('checksums modulo 256 and frames replies', () => {
    expect(checksum('')).to.equal(0);
    expect(checksum('g')).to.equal(0x67);
    expect(checksum('qSupported')).to.equal(0x37);
    expect(frame('OK')).to.equal('$OK#9a');
    expect(frame('')).to.equal('$#00');
  });

  it('splits a stream into packets, acks, interrupts, and packets cut anywhere', () => {
    const r = new PacketReader();
    expect(r.feed('+$g#67-\x03')).to.deep.equal([{ kind: 'ack' }, { kind: 'packet', data: 'g' }, { kind: 'nack' }, { kind: 'interrupt' }]);
    expect(r.feed('$m8000')).to.deep.equal([]);
    expect(r.feed('0000,4#')).to.deep.equal([]);
    expect(r.feed('55')).to.deep.equal([{ kind: 'packet', data: 'm80000000,4' }]);
  });

  it('reports a bad checksum, bad checksum digits and an oversized packet, then recovers', () => {
    const r = new PacketReader();
    expect(r.feed('$g#68')).to.deep.equal([{ kind: 'bad' }]);
    expect(r.feed('$g#zz')).to.deep.equal([{ kind: 'bad' }]);
    expect(r.feed('$' + 'a'.repeat(MAX_PACKET + 10))).to.deep.equal([{ kind: 'bad' }]);
    expect(r.feed('#00noise$?#3f')).to.deep.equal([{ kind: 'packet', data: '?' }]);
  });

  it('escapes and unescapes binary data', () => {
    const raw = 'a#b$c}d*e\x00\xff';
    const esc = escapeBinary(raw);
    expect(esc).to.equal('a}\x03b}\x04c}]d}\x0ae\x00\xff');
    expect(esc).to.not.match(/[#$*]/);
    expect(unescapeBinary(esc)).to.equal(raw);
    expect(unescapeBinary('}')).to.equal('}'); // a trailing escape is kept, not read past the end
  });

  it('hex helpers reject malformed input', () => {
    expect(toHex(Uint8Array.of(0, 0x7f, 0xff))).to.equal('007fff');
    expect(Array.from(fromHex('007fff')!)).to.deep.equal([0, 0x7f, 0xff]);
    expect(fromHex('abc')).to.equal(null);
    expect(fromHex('zz')).to.equal(null);
    expect(parseHexNumber('ffffffc000005138')).to.equal(0xffffffc000005138n);
    expect(parseHexNumber('')).to.equal(null);
    expect(parseHexNumber('1'.repeat(17))).to.equal(null);
    expect(parseHexNumber('-1')).to.equal(null);
  });

  it('registers go little-endian, 64 bits', () => {
    expect(le64Hex(0x1000n)).to.equal('0010000000000000');
    expect(le64Hex(-1n)).to.equal('ffffffffffffffff');
    expect(parseLe64('3851000000c0ffff')).to.equal(0xffffc00000005138n);
    expect(parseLe64('00')).to.equal(null);
  });
});
