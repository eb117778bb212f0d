// The samples' one source of randomness: a seeded generator (mulberry32) and a Fisher-Yates shuffle over it, so a
// sample script gives the same ids on every machine and Node version. Each call of the returned function draws on
// the same stream, in call order.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffle drawing on one generator seeded with `seed`. */
export function seededShuffle(seed) {
  const random = mulberry32(seed);
  return (items) => {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
}
