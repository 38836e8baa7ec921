import { docFromParagraphs } from '../shared/model/lexical-doc.js';
import { bodyFields } from '../main/services/drafts.js';
console.log(JSON.stringify(bodyFields(docFromParagraphs(['Satu dua.', '', 'Tiga "x" \\ é'])).body));
console.log(JSON.stringify(bodyFields(docFromParagraphs([''])).body));
