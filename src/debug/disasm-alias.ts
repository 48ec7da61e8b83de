// Alias mode: rewrites the no-aliases text of disasm.ts into what plain
// `riscv64-unknown-elf-objdump -d` (binutils 2.40) prints, with its pseudo-instructions
// (li, mv, ret, j, beqz, csrr, fmv.d, ...) and compressed instructions shown as their expansions.

const CSR_READ: Record<string, string> = {
  cycle: 'rdcycle', time: 'rdtime', instret: 'rdinstret',
  fcsr: 'frcsr', frm: 'frrm', fflags: 'frflags',
};
const CSR_WRITE: Record<string, string> = { fcsr: 'fscsr', frm: 'fsrm', fflags: 'fsflags' };
const CSR_WRITEI: Record<string, string> = { frm: 'fsrmi', fflags: 'fsflagsi' };

const op = (m: string, args: string[]): string => (args.length ? `${m}\t${args.join(',')}` : m);

/** Splits `jalr\tra,8(a0)` into mnemonic and operands. */
function split(text: string): [string, string[]] {
  const t = text.indexOf('\t');
  if (t < 0) return [text, []];
  return [text.slice(0, t), text.slice(t + 1).split(',')];
}

/** Compressed instructions as the instruction they expand to (as objdump prints them with aliases). */
function expandC(m: string, a: string[]): [string, string[]] | string {
  switch (m) {
    case 'c.unimp': return 'unimp';
    case 'c.ebreak': return ['ebreak', []];
    case 'c.addi4spn': return op('add', a);
    case 'c.fld': case 'c.lw': case 'c.ld': case 'c.fsd': case 'c.sw': case 'c.sd':
    case 'c.fldsp': case 'c.lwsp': case 'c.ldsp': case 'c.fsdsp': case 'c.swsp': case 'c.sdsp':
      return [m.slice(2).replace(/sp$/, ''), a];
    case 'c.addi':
      if (a[0] === 'zero') return a[1] === '0' ? 'nop' : op('c.nop', [a[1]]);
      return a[1] === '0' ? op('add', [a[0], a[0], '0']) : ['addi', [a[0], a[0], a[1]]];
    case 'c.addiw': return ['addiw', [a[0], a[0], a[1]]];
    case 'c.li': return a[0] === 'zero' ? op(m, a) : ['addi', [a[0], 'zero', a[1]]];
    case 'c.addi16sp': return a[1] === '0' ? op('add', ['sp', 'sp', '0']) : ['addi', ['sp', 'sp', a[1]]];
    case 'c.lui': return a[0] === 'zero' ? op(m, a) : ['lui', a];
    // objdump lists these under the register form's mnemonic.
    case 'c.srli': case 'c.srai': case 'c.andi':
      return op(m.slice(2).replace(/i$/, ''), [a[0], a[0], a[1]]);
    case 'c.slli': return a[0] === 'zero' ? op(m, a) : op('sll', [a[0], a[0], a[1]]);
    case 'c.sub': case 'c.xor': case 'c.or': case 'c.and': case 'c.subw': case 'c.addw':
      return [m.slice(2), [a[0], a[0], a[1]]];
    case 'c.add': return a[0] === 'zero' ? op(m, a) : ['add', [a[0], a[0], a[1]]];
    case 'c.mv': return a[0] === 'zero' ? op(m, a) : ['addi', [a[0], a[1], '0']];
    case 'c.j': return ['jal', ['zero', a[0]]];
    case 'c.beqz': return ['beq', [a[0], 'zero', a[1]]];
    case 'c.bnez': return ['bne', [a[0], 'zero', a[1]]];
    case 'c.jr': return ['jalr', ['zero', `0(${a[0]})`]];
    case 'c.jalr': return ['jalr', ['ra', `0(${a[0]})`]];
  }
  return op(m, a);
}

// Immediate forms objdump prints under the register form's mnemonic (its "xor d,s,j" aliases).
const IMM_AS_REG: Record<string, string> = {
  addi: 'add', andi: 'and', slli: 'sll', srli: 'srl', srai: 'sra', addiw: 'addw',
  xori: 'xor', ori: 'or', bclri: 'bclr', binvi: 'binv', bexti: 'bext', bseti: 'bset', rori: 'ror',
  slliw: 'sllw', srliw: 'srlw', sraiw: 'sraw', roriw: 'rorw',
  csrrwi: 'csrrw', csrrsi: 'csrrs', csrrci: 'csrrc',
};

/** The text of one instruction with objdump's aliases, from its no-aliases text. */
export function applyAliases(text: string): string {
  let [m, a] = split(text);
  if (m.startsWith('c.')) {
    const e = expandC(m, a);
    if (typeof e === 'string') return e;
    [m, a] = e;
  }
  switch (m) {
    case 'addi':
      if (a[0] === 'zero' && a[1] === 'zero' && a[2] === '0') return 'nop';
      if (a[1] === 'zero') return op('li', [a[0], a[2]]);
      if (a[2] === '0') return op('mv', [a[0], a[1]]);
      break;
    case 'addiw':
      if (a[2] === '0') return op('sext.w', [a[0], a[1]]);
      break;
    case 'xori':
      if (a[2] === '-1') return op('not', [a[0], a[1]]);
      return op('xor', a);
    case 'andi':
      if (a[2] === '255') return op('zext.b', [a[0], a[1]]);
      break;
    case 'sltiu':
      if (a[2] === '1') return op('seqz', [a[0], a[1]]);
      break;
    case 'sub':
      if (a[1] === 'zero') return op('neg', [a[0], a[2]]);
      break;
    case 'subw':
      if (a[1] === 'zero') return op('negw', [a[0], a[2]]);
      break;
    case 'sltu':
      if (a[1] === 'zero') return op('snez', [a[0], a[2]]);
      break;
    case 'slt':
      if (a[2] === 'zero') return op('sltz', [a[0], a[1]]);
      if (a[1] === 'zero') return op('sgtz', [a[0], a[2]]);
      break;
    case 'add.uw':
      if (a[2] === 'zero') return op('zext.w', [a[0], a[1]]);
      break;
    case 'beq':
      if (a[1] === 'zero') return op('beqz', [a[0], a[2]]);
      break;
    case 'bne':
      if (a[1] === 'zero') return op('bnez', [a[0], a[2]]);
      break;
    case 'blt':
      if (a[1] === 'zero') return op('bltz', [a[0], a[2]]);
      if (a[0] === 'zero') return op('bgtz', [a[1], a[2]]);
      break;
    case 'bge':
      if (a[0] === 'zero') return op('blez', [a[1], a[2]]);
      if (a[1] === 'zero') return op('bgez', [a[0], a[2]]);
      break;
    case 'jal':
      if (a[0] === 'zero') return op('j', [a[1]]);
      if (a[0] === 'ra') return op('jal', [a[1]]);
      break;
    case 'jalr': {
      const mm = /^(-?\d+)\((\w+)\)$/.exec(a[1]);
      if (mm && mm[1] === '0') {
        if (a[0] === 'zero') return mm[2] === 'ra' ? 'ret' : op('jr', [mm[2]]);
        if (a[0] === 'ra') return op('jalr', [mm[2]]);
      }
      if (mm && mm[1] === '0') return op('jalr', [a[0], mm[2]]);
      if (a[0] === 'zero') return op('jr', [a[1]]);
      if (a[0] === 'ra') return op('jalr', [a[1]]);
      break;
    }
    case 'fence':
      if (a[0] === 'iorw' && a[1] === 'iorw') return 'fence';
      break;
    case 'fsgnj.s': case 'fsgnj.d': case 'fsgnjn.s': case 'fsgnjn.d': case 'fsgnjx.s': case 'fsgnjx.d':
      if (a[1] === a[2]) {
        const base = m.startsWith('fsgnjn') ? 'fneg' : m.startsWith('fsgnjx') ? 'fabs' : 'fmv';
        return op(`${base}.${m.slice(-1)}`, [a[0], a[1]]);
      }
      break;
    case 'sfence.vma': case 'hfence.vvma': case 'hfence.gvma':
      if (a[1] === 'zero') return a[0] === 'zero' ? m : op(m, [a[0]]);
      break;
    case 'csrrs':
      if (a[2] === 'zero') {
        if (CSR_READ[a[1]]) return op(CSR_READ[a[1]], [a[0]]);
        return op('csrr', [a[0], a[1]]);
      }
      if (a[0] === 'zero') return op('csrs', [a[1], a[2]]);
      break;
    case 'csrrw':
      if (CSR_WRITE[a[1]]) return op(CSR_WRITE[a[1]], a[0] === 'zero' ? [a[2]] : [a[0], a[2]]);
      if (a[0] === 'zero') return op('csrw', [a[1], a[2]]);
      break;
    case 'csrrc':
      if (a[0] === 'zero') return op('csrc', [a[1], a[2]]);
      break;
    case 'csrrwi':
      if (CSR_WRITEI[a[1]]) return op(CSR_WRITEI[a[1]], [a[0], a[2]]);
      if (a[0] === 'zero') return op('csrw', [a[1], a[2]]);
      break;
    case 'csrrsi':
      if (a[0] === 'zero') return op('csrs', [a[1], a[2]]);
      break;
    case 'csrrci':
      if (a[0] === 'zero') return op('csrc', [a[1], a[2]]);
      break;
  }
  return op(IMM_AS_REG[m] ?? m, a);
}
