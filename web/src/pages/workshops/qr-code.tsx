import { create } from "qrcode";
import { createMemo } from "solid-js";

/** The dark modules of a QR code as one SVG path, with the standard quiet zone of 4 modules. */
function qrPath(text: string): { size: number; d: string } {
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  const quiet = 4;
  let d = "";
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  return { size: modules.size + 2 * quiet, d };
}

/**
 * A QR code drawn as SVG by Solid (no canvas, no inline markup), black on white whatever the
 * theme, so that phone cameras read it from a projector too.
 */
export function QrCode(props: { text: string; label: string; class?: string }) {
  const code = createMemo(() => qrPath(props.text));
  return (
    <svg
      class={props.class ?? "qr"}
      viewBox={`0 0 ${code().size} ${code().size}`}
      role="img"
      aria-label={props.label}
      shape-rendering="crispEdges"
      data-qr={props.text}
    >
      <rect width={code().size} height={code().size} fill="#fff" />
      <path d={code().d} fill="#000" />
    </svg>
  );
}
