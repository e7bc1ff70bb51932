import { encode } from 'uqr';

// A QR code as SVG squares (uqr encodes; nothing is fetched, nothing is parsed as markup): the
// guide's link, printed sharp at any size.

export function QrCode({ text, sizeMm, label }: { text: string; sizeMm: number; label: string }) {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-testid="guide-qr"
    >
      <rect width={size} height={size} fill="#FFFFFF" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
