/**
 * Phone cameras make 4–12 MB photos; the server takes evidence up to 2 MB. A photo is
 * redrawn at most 1600 px on its long side as JPEG, which keeps text on paper readable.
 * PDFs and small images go as they are.
 */
const MAX_SIDE = 1600;

export async function shrinkImage(file: File, maxBytes: number): Promise<File> {
  if (!file.type.startsWith('image/') || file.size <= maxBytes) return file;
  try {
    const bitmap = await createImageBitmap(file);
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    for (const quality of [0.8, 0.6, 0.45]) {
      const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/jpeg', quality));
      if (blob && blob.size <= maxBytes) {
        return new File([blob], `${file.name.replace(/\.\w+$/, '')}.jpg`, { type: 'image/jpeg' });
      }
    }
  } catch {
    // A format the browser cannot decode (HEIC on some phones): let the server say so.
  }
  return file;
}
