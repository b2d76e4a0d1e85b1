import { Skeleton } from '@mantine/core';
import QRCode from 'qrcode';
import { type ComponentPropsWithoutRef, useEffect, useState } from 'react';

/** Pixels of the generated image; it is scaled down on screen and stays sharp in print. */
const IMAGE_WIDTH = 320;

export interface QrCodeImageProps extends Omit<ComponentPropsWithoutRef<'img'>, 'src' | 'alt'> {
  value: string;
  alt: string;
  /** Displayed width and height, any CSS length. */
  size: string;
}

interface Rendered {
  value: string;
  src: string;
}

/** A QR code as a PNG data URL in an <img>, so it prints, saves and scans like any picture. */
export function QrCodeImage({ value, alt, size, style, ...imgProps }: QrCodeImageProps) {
  const [rendered, setRendered] = useState<Rendered | null>(null);

  useEffect(() => {
    let current = true;
    void QRCode.toDataURL(value, { width: IMAGE_WIDTH, margin: 2, errorCorrectionLevel: 'M' }).then(
      (src) => {
        if (current) setRendered({ value, src });
      },
    );
    return () => {
      current = false;
    };
  }, [value]);

  // Until the new code is drawn, show none rather than the previous value's.
  if (rendered?.value !== value) return <Skeleton width={size} height={size} />;
  return (
    <img
      src={rendered.src}
      alt={alt}
      width={IMAGE_WIDTH}
      height={IMAGE_WIDTH}
      style={{ width: size, height: size, imageRendering: 'pixelated', ...style }}
      {...imgProps}
    />
  );
}
