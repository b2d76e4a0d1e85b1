let audio: AudioContext | undefined;

/**
 * A short high beep and one buzz for "come in", a long low tone and three buzzes for anything
 * else, so the facilitator can keep their eyes on the queue. Browsers that allow neither stay
 * silent; the screen says it all anyway.
 */
export function signalAtDoor(admitted: boolean): void {
  navigator.vibrate?.(admitted ? 80 : [60, 60, 60, 60, 60]);
  try {
    audio ??= new AudioContext();
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.frequency.value = admitted ? 880 : 220;
    gain.gain.value = 0.15;
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + (admitted ? 0.12 : 0.4));
  } catch {
    // No audio output, or autoplay rules refused it before the first tap.
  }
}
