/**
 * Traditional Chinese, as Taiwan, Hong Kong and Macao write their laws ("未經許可，製造、販賣或運輸"), read in the
 * simplified characters of the recognisers ("未经许可，制造、贩卖或运输"), character for character so that every
 * offset into the law stays true. OpenCC's traditional-to-simplified tables do the conversion.
 */
import * as OpenCC from 'opencc-js/t2cn';

let convert: ((text: string) => string) | undefined;
const HAN = /\p{Script=Han}/u;

export function simplified(text: string): string {
  if (!HAN.test(text)) return text;
  convert ??= OpenCC.Converter({ from: 't', to: 'cn' });
  const out = convert(text);
  if (out.length === text.length) return out;
  // A phrase converted to one of another length: each character alone, kept where its conversion is not one.
  return Array.from(text, (ch) => {
    const c = convert!(ch);
    return c.length === ch.length ? c : ch;
  }).join('');
}
