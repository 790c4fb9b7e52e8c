// Photos of a listing: checked by content (JPEG, PNG, WebP only) and size, stored on disk under a random name,
// served only to those who may see the listing.
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RequestContext } from '../../lib/request-context.ts';
import { DomainError } from '../../lib/domain-error.ts';
import { sniffImage } from '../../lib/image-type.ts';
import { fieldError, inputError, requireId, type InputError } from '../../lib/validation.ts';
import { requireUser } from '../access.ts';
import type { ListingRepository, ImageRow, ListingRow } from './listing.repository.ts';
import type { ListingService } from './listing.service.ts';

export interface ImageLimits {
  dir: string;
  maxBytes: number;
  maxPerListing: number;
}

export class ListingImageService {
  constructor(
    private readonly repo: ListingRepository,
    private readonly listings: ListingService,
    private readonly limits: ImageLimits,
  ) {}

  get maxBytes(): number {
    return this.limits.maxBytes;
  }

  async add(ctx: RequestContext, listingId: string, file: { data: Buffer; filename: string; truncated: boolean }, alt: string | null): Promise<ImageRow | InputError> {
    const user = requireUser(ctx);
    await this.requireMember(ctx, listingId);
    if (file.truncated || file.data.length > this.limits.maxBytes) {
      return inputError(ctx.locale, [fieldError(ctx.locale, 'image', 'FILE_TOO_LARGE', { max: Math.floor(this.limits.maxBytes / 1_000_000) })]);
    }
    const type = sniffImage(file.data.subarray(0, 16));
    if (!type) return inputError(ctx.locale, [fieldError(ctx.locale, 'image', 'FILE_TYPE')]);
    const fileName = `${randomBytes(16).toString('hex')}.${type.ext}`;
    await mkdir(this.limits.dir, { recursive: true });
    const target = path.join(this.limits.dir, fileName);
    await writeFile(target, file.data, { flag: 'wx' });
    const image = await this.repo.addImage(
      {
        listingId, fileName, originalName: file.filename.slice(0, 200), mimeType: type.mime, bytes: file.data.length,
        alt: alt?.trim().slice(0, 200) || null,
      },
      this.limits.maxPerListing,
      { actorId: user.id, action: 'listing.addImage', entityType: 'listing', entityId: listingId, data: { fileName } },
    );
    if (!image) {
      await rm(target, { force: true });
      return inputError(ctx.locale, [fieldError(ctx.locale, 'image', 'TOO_MANY_FILES', { max: this.limits.maxPerListing })]);
    }
    return image;
  }

  async remove(ctx: RequestContext, imageId: string): Promise<ListingRow | InputError> {
    const user = requireUser(ctx);
    const image = await this.repo.findImage(requireId(imageId));
    if (!image) throw new DomainError('NOT_FOUND');
    const listing = await this.requireMember(ctx, image.listingId);
    await this.repo.deleteImage(imageId, { actorId: user.id, action: 'listing.deleteImage', entityType: 'listing', entityId: listing.id, data: { fileName: image.fileName } });
    await rm(path.join(this.limits.dir, image.fileName), { force: true });
    return listing;
  }

  async imagesOf(listingIds: readonly string[]): Promise<ImageRow[][]> {
    const rows = await this.repo.imagesOf(listingIds);
    return listingIds.map((id) => rows.filter((r) => r.listingId === id));
  }

  /** The file behind a media URL, if the caller may see its listing. */
  async open(ctx: RequestContext, fileName: string): Promise<{ path: string; mimeType: string } | null> {
    if (!/^[0-9a-f]{32}\.(jpg|png|webp)$/.test(fileName)) return null;
    const image = await this.repo.findImageByFile(fileName);
    if (!image || !(await this.listings.byId(ctx, image.listingId))) return null;
    return { path: path.join(this.limits.dir, fileName), mimeType: image.mimeType };
  }

  private async requireMember(ctx: RequestContext, listingId: string): Promise<ListingRow> {
    const listing = await this.repo.findById(requireId(listingId));
    if (!listing) throw new DomainError('NOT_FOUND');
    const [canEdit] = await this.listings.canEdit(ctx, [listing]);
    if (!canEdit) throw new DomainError('FORBIDDEN');
    return listing;
  }
}
