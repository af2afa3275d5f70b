// Bundled by esbuild into build/wink.js (an IIFE) so the bench page can load
// wink-nlp and its English lite web model without a module loader.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

globalThis.benchWink = { winkNLP, model };
