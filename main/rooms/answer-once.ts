/**
 * Electron's permission and screen-share callbacks must be called exactly once:
 * a second call is a bug, and the asking page may be gone by the time the
 * answer is ready (its window closed while the question waited), which makes
 * the call throw. This wraps a callback so both are harmless.
 */
export function answerOnce<T>(callback: (value: T) => void, what: string): (value: T) => void {
  let answered = false;
  return (value) => {
    if (answered) return;
    answered = true;
    try {
      callback(value);
    } catch (error) {
      console.warn(`[rooms] could not answer ${what}:`, error instanceof Error ? error.message : error);
    }
  };
}
