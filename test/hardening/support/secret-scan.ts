// Looks for configured tokens in everything the server says: whole, or a telling piece of one (an error that cut
// a token short still leaks most of it).
export interface SecretScan {
  /** How many texts were scanned. */
  scanned: number;
  /** "<where>: <which token>" for every text that held one. */
  leaks: string[];
  scan(where: string, text: string): void;
}

const PIECE_LENGTH = 12;

export function createSecretScan(tokens: Record<string, string>): SecretScan {
  const needles = Object.entries(tokens).flatMap(([name, token]) => {
    const middle = Math.max(0, Math.floor((token.length - PIECE_LENGTH) / 2));
    return [
      { name, needle: token },
      { name: `${name} (a piece)`, needle: token.slice(middle, middle + PIECE_LENGTH) },
    ];
  });
  const result: SecretScan = {
    scanned: 0,
    leaks: [],
    scan(where, text) {
      result.scanned++;
      for (const { name, needle } of needles) {
        if (text.includes(needle)) {
          result.leaks.push(`${where}: ${name}`);
          return;
        }
      }
    },
  };
  return result;
}
