/**
 * Hindi (Devanagari) and Thai around English mesh terms ("हम सिर्फ 3 लोग हैं, multi-cluster नहीं
 * चाहिए। istio या linkerd, कौन सा लें?", "ทีมมีแค่ 3 คน ไม่ต้องการ multi-cluster ควรเลือก istio หรือ
 * linkerd ดีครับ"), put into English word for word like glossary-cjk.ts does for Chinese, Japanese
 * and Korean: the tables are glossary-hindi.ts and glossary-thai.ts, and what they leave of either
 * script is dropped. A danda (।, ॥) ends a sentence.
 */
import { glossWith } from './glossary-cjk.js';
import { HINDI } from './glossary-hindi.js';
import { THAI } from './glossary-thai.js';

export const BRAHMIC = /[\p{Script=Devanagari}\p{Script=Thai}]/u;
const THAI_SCRIPT = /\p{Script=Thai}/u;
const DEVANAGARI = /\p{Script=Devanagari}/u;
/** Devanagari letters and signs, and the danda (।, ॥), which Unicode puts in no one script. */
const DEVANAGARI_RUN = /[\p{Script=Devanagari}\u0964\u0965]+/gu;
const THAI_RUN = /\p{Script=Thai}+/gu;

export function glossBrahmic(normalized: string): string {
  if (!BRAHMIC.test(normalized)) return normalized;
  let out = normalized;
  if (DEVANAGARI.test(out)) out = glossWith(out.replace(/[\u0964\u0965]/g, '. '), HINDI, DEVANAGARI_RUN);
  if (THAI_SCRIPT.test(out)) out = glossWith(out, THAI, THAI_RUN);
  return out;
}
