/** the word right after a figure ("556 penerbangan" -> "penerbangan"), lowercased; '' when none */
export function nounAfter(text: string, end: number): string {
  return (/^\s*(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? '').toLowerCase();
}
