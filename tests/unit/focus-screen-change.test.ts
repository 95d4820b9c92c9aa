// @vitest-environment jsdom
// src/app/focus.ts: when a screen change removes the focused element, focus goes to the new
// screen's heading (h1, else h2) once it is there — and only then.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { keepFocusOnScreenChange } from '../../src/app/focus';

let stop: () => void;
let main: HTMLElement;
const settle = () => new Promise((r) => setTimeout(r, 60));

beforeEach(() => {
  document.body.innerHTML = '<header><button id="home">Home</button></header><main id="main"><h1>Start</h1><button id="go">Go</button><p id="text">Plain text</p></main>';
  main = document.getElementById('main')!;
  stop = keepFocusOnScreenChange(document);
});
afterEach(() => stop());

test('the pressed button goes away with its screen: the new screen\'s h1 takes focus', async () => {
  document.getElementById('go')!.focus();
  main.innerHTML = '<h1>Worker</h1><button>Next</button>';
  expect(document.activeElement).toBe(document.body);
  await settle();
  expect(document.activeElement?.textContent).toBe('Worker');
  expect(document.activeElement?.getAttribute('tabindex')).toBe('-1');
});

test('a screen that renders its heading later (loading state): focus moves when it arrives; no h1 → first h2', async () => {
  document.getElementById('go')!.focus();
  main.innerHTML = '<p role="status">Loading</p>';
  await settle();
  expect(document.activeElement).toBe(document.body);
  main.innerHTML = '<h2>First section</h2><h2>Second section</h2>';
  await settle();
  expect(document.activeElement?.textContent).toBe('First section');
});

test('a screen that places focus itself keeps it', async () => {
  document.getElementById('go')!.focus();
  main.innerHTML = '<h1>Question</h1><input id="answer">';
  document.getElementById('answer')!.focus();
  await settle();
  expect(document.activeElement?.id).toBe('answer');
});

test('focus on <body> with the last focused element still on the page (a click on text, Escape) is left alone', async () => {
  const home = document.getElementById('home')!;
  home.focus();
  home.blur();
  main.append(document.createElement('p'));
  await settle();
  expect(document.activeElement).toBe(document.body);
});

test('after stop() nothing moves', async () => {
  stop();
  document.getElementById('go')!.focus();
  main.innerHTML = '<h1>Worker</h1>';
  await settle();
  expect(document.activeElement).toBe(document.body);
  stop = () => undefined;
});
