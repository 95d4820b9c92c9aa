/**
 * Read-aloud through the Web Speech API. A control is offered only when the device has a voice
 * for the language: a wrong-language voice reading Dari as English helps no one.
 */
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** The best voice for a BCP 47 tag: exact match, then same base language (fa-AF → fa-IR), local first. */
export function voiceFor(lang: string, voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/_/g, '-');
  const want = norm(lang);
  const base = want.split('-')[0];
  const exact = voices.filter((v) => norm(v.lang) === want);
  const sameBase = voices.filter((v) => norm(v.lang).split('-')[0] === base);
  // Simplified Chinese: zh-CN voices speak Mandarin in simplified script.
  const zh = want === 'zh-hans' ? voices.filter((v) => /^zh-(cn|sg)/.test(norm(v.lang))) : [];
  const pool = exact.length ? exact : zh.length ? zh : sameBase;
  return pool.find((v) => v.localService) ?? pool[0];
}

function subscribeVoices(cb: () => void): () => void {
  const s = synth();
  if (!s) return () => undefined;
  s.addEventListener('voiceschanged', cb);
  return () => s.removeEventListener('voiceschanged', cb);
}

let voicesCache: { list: readonly SpeechSynthesisVoice[]; key: string } = { list: [], key: '' };
function getVoicesSnapshot(): readonly SpeechSynthesisVoice[] {
  const list = synth()?.getVoices() ?? [];
  const key = list.map((v) => v.voiceURI).join('|');
  if (key !== voicesCache.key) voicesCache = { list, key };
  return voicesCache.list;
}

/** Read-aloud state for one language: `available` is false when there is no voice for it. */
export function useReadAloud(lang: string) {
  const voices = useSyncExternalStore(subscribeVoices, getVoicesSnapshot, () => []);
  const voice = voiceFor(lang, voices);
  const [speaking, setSpeaking] = useState(false);

  const stop = useCallback(() => {
    synth()?.cancel();
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    (text: string) => {
      const s = synth();
      if (!s || !voice) return;
      s.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.onend = () => setSpeaking(false);
      u.onerror = () => setSpeaking(false);
      setSpeaking(true);
      s.speak(u);
    },
    [voice],
  );

  // Stop reading when the language or the screen changes.
  useEffect(() => () => synth()?.cancel(), [lang]);

  return { available: Boolean(voice), speaking, speak, stop };
}

/** Stop any speech (kiosk reset). */
export function cancelSpeech(): void {
  synth()?.cancel();
}
