import type { Page } from "@playwright/test";

/**
 * The share of pixels that differ between two screenshots of the same size (PNG) when the
 * second is compared `dx` px to the right of the first, over the part both show. Decoded in
 * the page, which has a PNG decoder; a pixel differs when its channels differ by more than 48
 * in all (text's anti-aliasing differs by less between a canvas and the DOM).
 */
export async function differenceShifted(page: Page, a: Buffer, b: Buffer, dx: number) {
  return page.evaluate(
    async ([first, second, shift]) => {
      const decode = async (base64: string) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext("2d")!;
        ctx.drawImage(bitmap, 0, 0);
        return ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [p, q] = await Promise.all([decode(first), decode(second)]);
      let differing = 0;
      let compared = 0;
      for (let y = 0; y < p.height; y++) {
        for (let x = 0; x + shift < p.width; x++) {
          const i = (y * p.width + x) * 4;
          const j = (y * p.width + x + shift) * 4;
          const delta =
            Math.abs(p.data[i]! - q.data[j]!) +
            Math.abs(p.data[i + 1]! - q.data[j + 1]!) +
            Math.abs(p.data[i + 2]! - q.data[j + 2]!);
          if (delta > 48) differing++;
          compared++;
        }
      }
      return differing / compared;
    },
    [a.toString("base64"), b.toString("base64"), dx] as const,
  );
}
