import { loadKnowledgeBase } from './dist/knowledge/loader.js';
const t = performance.now(); loadKnowledgeBase(); console.log('kb', (performance.now()-t).toFixed(0));
const t2 = performance.now(); loadKnowledgeBase(); console.log('kb again', (performance.now()-t2).toFixed(0));
