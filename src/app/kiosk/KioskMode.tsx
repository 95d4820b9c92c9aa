/**
 * Self-service kiosk: language first, one question per screen, a summary (print + QR) for staff.
 * Nothing is written to storage: answers live only in this component tree's React state. Idle →
 * "are you still there?" → reset, which unmounts the session (dropping its state), stops speech,
 * clears registered caches, puts i18n back to the default language and shows the language screen.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../../i18n/ReadAloudButton';
import { cancelSpeech } from '../../i18n/speech';
import { setScreeningInProgress } from '../../pwa/activity';
import { kioskTiming, MIN_WARNING_SECONDS } from './config';
import { IdleDialog } from './IdleDialog';
import { LanguageScreen } from './LanguageScreen';
import { QuestionStep } from './QuestionStep';
import { KIOSK_QUESTIONS, type Answers } from './questions';
import { clearSessionCaches, setKioskSessionActive } from './session';
import { Summary } from './Summary';
import { useIdle } from './useIdle';

type Step = { kind: 'welcome' } | { kind: 'question'; index: number } | { kind: 'summary' };
interface State { step: Step; answers: Answers }
type Action =
  | { type: 'start' }
  | { type: 'answer'; id: string; value: string | string[] | undefined }
  | { type: 'back' };

function reducer(s: State, a: Action): State {
  switch (a.type) {
    case 'start':
      return { ...s, step: { kind: 'question', index: 0 } };
    case 'answer': {
      if (s.step.kind !== 'question') return s;
      const answers = { ...s.answers, [a.id]: a.value };
      const next = s.step.index + 1;
      return { answers, step: next < KIOSK_QUESTIONS.length ? { kind: 'question', index: next } : { kind: 'summary' } };
    }
    case 'back':
      if (s.step.kind === 'question') return { ...s, step: s.step.index === 0 ? { kind: 'welcome' } : { kind: 'question', index: s.step.index - 1 } };
      if (s.step.kind === 'summary') return { ...s, step: { kind: 'question', index: KIOSK_QUESTIONS.length - 1 } };
      return s;
  }
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function KioskSession({ onReset, onChangeLanguage, idleMs, warningSeconds, staffLanguage }: { onReset: () => void; onChangeLanguage: () => void; idleMs: number; warningSeconds: number; staffLanguage: string }) {
  const { t } = useTranslation('kiosk');
  const [state, dispatch] = useReducer(reducer, { step: { kind: 'welcome' }, answers: {} });
  const [warning, setWarning] = useState(false);
  const [date] = useState(today);
  useIdle(idleMs, () => setWarning(true), warning);
  const { step } = state;
  // Past the language screen and before the summary, a family's answers are in memory: the PWA
  // update prompt must not reload now. Reset, idle timeout and leaving kiosk mode unmount this.
  const inProgress = step.kind !== 'summary';
  useEffect(() => setScreeningInProgress(inProgress), [inProgress]);
  useEffect(() => () => setScreeningInProgress(false), []);

  return (
    <div className="kiosk-session">
      {step.kind === 'welcome' && (
        <section className="kiosk-welcome" aria-labelledby="kiosk-welcome-heading">
          <h1 id="kiosk-welcome-heading">{t('welcome.heading')}</h1>
          <p>{t('welcome.intro')}</p>
          <p>{t('welcome.privacy')}</p>
          <p>{t('welcome.optional')}</p>
          <ReadAloudButton text={() => [t('welcome.heading'), t('welcome.intro'), t('welcome.privacy'), t('welcome.optional')].join(' ')} />
          <div className="kiosk-actions">
            <button type="button" className="primary" onClick={() => dispatch({ type: 'start' })}>{t('welcome.start')}</button>
            <button type="button" className="secondary" onClick={onChangeLanguage}>{t('changeLanguage')}</button>
          </div>
        </section>
      )}
      {step.kind === 'question' && (
        <QuestionStep
          key={step.index}
          question={KIOSK_QUESTIONS[step.index]!}
          index={step.index}
          total={KIOSK_QUESTIONS.length}
          value={state.answers[KIOSK_QUESTIONS[step.index]!.id]}
          onAnswer={(value) => dispatch({ type: 'answer', id: KIOSK_QUESTIONS[step.index]!.id, value })}
          onBack={() => dispatch({ type: 'back' })}
        />
      )}
      {step.kind === 'summary' && <Summary answers={state.answers} date={date} onFinish={onReset} staffLanguage={staffLanguage} />}
      {step.kind !== 'welcome' && (
        <div className="kiosk-footer no-print">
          <button type="button" className="secondary" onClick={onReset}>{t('startOver')}</button>
        </div>
      )}
      {warning && <IdleDialog seconds={warningSeconds} onStay={() => setWarning(false)} onTimeout={onReset} />}
    </div>
  );
}

/** Idle time before the warning and the warning's answering window (never under 20 s): see config.ts. */
export default function KioskMode(props: { idleMs?: number; warningSeconds?: number }) {
  const { i18n } = useTranslation('kiosk');
  const [timing] = useState(kioskTiming);
  const idleMs = props.idleMs ?? timing.idleMs;
  const warningSeconds = Math.max(MIN_WARNING_SECONDS, props.warningSeconds ?? timing.warningSeconds);
  // The language the device was in when kiosk mode opened (staff's choice): the next person starts there.
  const [homeLanguage] = useState(() => i18n.language);
  const [phase, setPhase] = useState<'language' | 'session'>('language');
  const [session, setSession] = useState(0);
  const [cleared, setCleared] = useState(false);

  const reset = useCallback(() => {
    cancelSpeech();
    clearSessionCaches();
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    window.getSelection()?.removeAllRanges();
    setPhase('language');
    setSession((n) => n + 1);
    setCleared(true);
    void i18n.changeLanguage(homeLanguage);
    window.scrollTo(0, 0);
  }, [i18n, homeLanguage]);

  useEffect(() => {
    setKioskSessionActive(phase === 'session');
    return () => setKioskSessionActive(false);
  }, [phase]);

  // Leaving kiosk mode (to the start screen) also stops speech, drops caches and puts the language
  // back. Only on unmount: `i18n` from useTranslation changes identity when the language changes.
  const leave = useRef({ i18n, homeLanguage });
  useEffect(() => {
    const { i18n: instance, homeLanguage: home } = leave.current;
    return () => {
      cancelSpeech();
      clearSessionCaches();
      if (instance.language !== home) void instance.changeLanguage(home);
    };
  }, []);

  if (phase === 'language') {
    return (
      <LanguageScreen
        cleared={cleared}
        onPick={(code) => {
          void i18n.changeLanguage(code);
          setCleared(false);
          setPhase('session');
        }}
      />
    );
  }
  return (
    <KioskSession
      key={session}
      onReset={reset}
      onChangeLanguage={() => setPhase('language')}
      idleMs={idleMs}
      warningSeconds={warningSeconds}
      staffLanguage={homeLanguage}
    />
  );
}
