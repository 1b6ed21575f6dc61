/**
 * Zoom gestures on a timeline SVG: Ctrl (or ⌘) + wheel, which is also what a trackpad pinch
 * sends, and a two-finger pinch on a touch screen. A plain wheel or a one-finger swipe is
 * left to the page, so the page still scrolls over the timeline.
 */

/** `factor` > 1 zooms in; `at` is the client coordinate (x or y, along the time axis) to zoom around. */
export type ZoomHandler = (factor: number, at: number) => void;

export function attachZoomGestures(svg: SVGSVGElement, horizontal: boolean, onZoom: ZoomHandler): () => void {
  const along = (e: { clientX: number; clientY: number }) => (horizontal ? e.clientX : e.clientY);
  const onWheel = (event: WheelEvent) => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const lines = event.deltaMode === WheelEvent.DOM_DELTA_LINE ? 16 : event.deltaMode === WheelEvent.DOM_DELTA_PAGE ? 400 : 1;
    onZoom(Math.exp((-event.deltaY * lines) / 200), along(event));
  };
  let pinch: { distance: number } | null = null;
  const distance = (touches: TouchList) => Math.hypot(touches[0]!.clientX - touches[1]!.clientX, touches[0]!.clientY - touches[1]!.clientY);
  const middle = (touches: TouchList) => ({ clientX: (touches[0]!.clientX + touches[1]!.clientX) / 2, clientY: (touches[0]!.clientY + touches[1]!.clientY) / 2 });
  const onTouchStart = (event: TouchEvent) => {
    pinch = event.touches.length === 2 ? { distance: distance(event.touches) } : null;
  };
  const onTouchMove = (event: TouchEvent) => {
    if (event.touches.length !== 2 || !pinch) return;
    event.preventDefault();
    const now = distance(event.touches);
    if (pinch.distance > 0 && Math.abs(now / pinch.distance - 1) > 0.04) {
      onZoom(now / pinch.distance, along(middle(event.touches)));
      pinch.distance = now;
    }
  };
  const onTouchEnd = (event: TouchEvent) => {
    if (event.touches.length < 2) pinch = null;
  };
  svg.addEventListener('wheel', onWheel, { passive: false });
  svg.addEventListener('touchstart', onTouchStart, { passive: true });
  svg.addEventListener('touchmove', onTouchMove, { passive: false });
  svg.addEventListener('touchend', onTouchEnd, { passive: true });
  svg.addEventListener('touchcancel', onTouchEnd, { passive: true });
  return () => {
    svg.removeEventListener('wheel', onWheel);
    svg.removeEventListener('touchstart', onTouchStart);
    svg.removeEventListener('touchmove', onTouchMove);
    svg.removeEventListener('touchend', onTouchEnd);
    svg.removeEventListener('touchcancel', onTouchEnd);
  };
}
