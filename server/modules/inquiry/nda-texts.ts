// The NDA texts both sides of an inquiry accept, kept in code and copied into NdaVersion (rows never change once
// written: a new wording is a new version appended here). An acceptance stores the version and the hash of its
// texts, so what each side agreed to can be shown and checked later.
import { createHash } from 'node:crypto';

export interface NdaText {
  version: number;
  titleVi: string;
  titleEn: string;
  /** Markdown. */
  bodyVi: string;
  bodyEn: string;
}

const V1: NdaText = {
  version: 1,
  titleVi: 'Thỏa thuận bảo mật thông tin hai chiều',
  titleEn: 'Mutual non-disclosure agreement',
  bodyVi: `Thỏa thuận này được xác lập giữa **Bên hỏi** (người gửi yêu cầu hoặc đề xuất trên Sàn giao dịch công nghệ và thiết bị trực tuyến, cùng tổ chức mà người đó đại diện) và **Bên đăng tin** (tổ chức đăng tin chào bán hoặc nhu cầu công nghệ), gọi chung là "các Bên", khi cả hai Bên bấm "Chấp nhận" trên Sàn. Việc chấp nhận bằng phương tiện điện tử có giá trị như chữ ký theo Luật Giao dịch điện tử năm 2023.

**1. Thông tin mật.** Là mọi thông tin kỹ thuật, công nghệ, bí quyết, quy trình, bản vẽ, số liệu thử nghiệm, giá, khách hàng và thông tin kinh doanh mà một Bên (Bên tiết lộ) cung cấp cho Bên kia (Bên nhận) qua Sàn hoặc trong quá trình trao đổi về tin đăng, kể cả hồ sơ mật của tin đăng, dù có được ghi chú "mật" hay không. Bí mật kinh doanh được bảo hộ theo Luật Sở hữu trí tuệ.

**2. Ngoại lệ.** Không phải là thông tin mật những thông tin mà Bên nhận chứng minh được là: (a) đã công khai không do lỗi của Bên nhận; (b) Bên nhận đã có hợp pháp trước khi được tiết lộ; (c) Bên nhận tự phát triển độc lập; (d) nhận hợp pháp từ bên thứ ba không có nghĩa vụ bảo mật; hoặc (e) phải cung cấp theo yêu cầu của cơ quan nhà nước có thẩm quyền — khi đó Bên nhận thông báo ngay cho Bên tiết lộ, nếu pháp luật cho phép, và chỉ cung cấp phần bắt buộc.

**3. Nghĩa vụ của Bên nhận.** (a) Chỉ dùng thông tin mật để đánh giá và đàm phán việc chuyển giao công nghệ, mua bán thiết bị hoặc hợp tác liên quan đến tin đăng; (b) không tiết lộ cho bên thứ ba, trừ người lao động, cố vấn cần biết và chịu nghĩa vụ bảo mật không kém Thỏa thuận này; (c) bảo vệ thông tin mật với mức cẩn trọng không thấp hơn thông tin mật của chính mình; (d) không phân tích ngược, sao chép, đăng ký quyền sở hữu trí tuệ dựa trên thông tin mật.

**4. Không chuyển giao quyền.** Thỏa thuận này không chuyển giao quyền sở hữu hay quyền sử dụng công nghệ, đối tượng sở hữu trí tuệ nào và không buộc Bên nào phải ký hợp đồng chuyển giao công nghệ. Việc chuyển giao, nếu có, được thực hiện bằng hợp đồng riêng theo Luật Chuyển giao công nghệ năm 2017.

**5. Thời hạn.** Nghĩa vụ bảo mật có hiệu lực từ khi cả hai Bên chấp nhận và kéo dài 03 năm kể từ lần tiết lộ cuối cùng; đối với bí mật kinh doanh, kéo dài chừng nào thông tin còn là bí mật kinh doanh.

**6. Hoàn trả, hủy.** Khi việc trao đổi chấm dứt hoặc theo yêu cầu bằng văn bản của Bên tiết lộ, Bên nhận hoàn trả hoặc hủy thông tin mật và bản sao trong vòng 15 ngày, trừ bản lưu phải giữ theo quy định của pháp luật.

**7. Vi phạm.** Bên vi phạm phải chấm dứt vi phạm và bồi thường thiệt hại thực tế theo Bộ luật Dân sự năm 2015; Bên bị vi phạm có quyền yêu cầu cơ quan có thẩm quyền áp dụng biện pháp bảo vệ quyền sở hữu trí tuệ.

**8. Luật áp dụng và giải quyết tranh chấp.** Thỏa thuận này chịu sự điều chỉnh của pháp luật Việt Nam. Tranh chấp được giải quyết trước hết bằng thương lượng trong 30 ngày; nếu không thành, một Bên có quyền khởi kiện tại Tòa án nhân dân có thẩm quyền của Việt Nam.

**9. Điều khoản chung.** Sàn giao dịch chỉ lưu vết việc chấp nhận (người chấp nhận, thời điểm, phiên bản và mã băm của văn bản) và không phải là một bên của Thỏa thuận. Bản tiếng Việt là bản có giá trị pháp lý; bản tiếng Anh để tham khảo.`,
  bodyEn: `This agreement is made between the **Enquirer** (the person who sends an inquiry or proposal on the online Technology and Equipment Exchange, together with the organisation they represent) and the **Lister** (the organisation that posted the technology offer, equipment offer or technology request), together "the Parties", when both Parties click "Accept" on the Exchange. Acceptance by electronic means has the effect of a signature under the Law on Electronic Transactions 2023.

**1. Confidential information.** All technical, technological and business information, know-how, processes, drawings, test data, prices and customers that one Party (the Discloser) gives the other (the Recipient) through the Exchange or in discussing the listing, including the listing's confidential dossier, whether or not marked "confidential". Trade secrets are protected under the Law on Intellectual Property.

**2. Exceptions.** Information the Recipient can show: (a) is public through no fault of the Recipient; (b) was lawfully in its possession before disclosure; (c) was developed independently; (d) was lawfully received from a third party without a duty of confidence; or (e) must be disclosed to a competent state authority — in which case the Recipient tells the Discloser at once, where the law allows, and discloses only what is required.

**3. Recipient's duties.** (a) Use confidential information only to evaluate and negotiate the technology transfer, equipment sale or cooperation concerning the listing; (b) disclose it to no third party except employees and advisers who need to know it and are bound by confidentiality no weaker than this agreement; (c) protect it with no less care than its own confidential information; (d) not reverse-engineer or copy it, nor apply for intellectual property rights based on it.

**4. No transfer of rights.** This agreement transfers no ownership or right of use of any technology or intellectual property and obliges neither Party to sign a technology transfer contract. Any transfer is made by a separate contract under the Law on Technology Transfer 2017.

**5. Term.** Confidentiality applies from acceptance by both Parties for 3 years after the last disclosure, and for trade secrets for as long as they remain trade secrets.

**6. Return and destruction.** When discussions end, or on the Discloser's written request, the Recipient returns or destroys the confidential information and its copies within 15 days, except copies the law requires it to keep.

**7. Breach.** A Party in breach must stop the breach and compensate the actual damage under the Civil Code 2015; the injured Party may ask the competent authorities to apply intellectual property enforcement measures.

**8. Governing law and disputes.** This agreement is governed by the law of Vietnam. Disputes are first negotiated for 30 days; failing that, either Party may bring the dispute before the competent People's Court of Vietnam.

**9. General.** The Exchange only records the acceptances (who, when, the version and the hash of its text) and is not a party to this agreement. The Vietnamese text prevails; the English text is for reference.`,
};

/** Every version ever published, oldest first; the last one is asked for in new NDA requests. */
export const NDA_TEXTS: readonly NdaText[] = [V1];

export const CURRENT_NDA: NdaText = NDA_TEXTS[NDA_TEXTS.length - 1];

/** sha256 of both texts of a version (titles included), hex. */
export function ndaHash(t: NdaText): string {
  return createHash('sha256').update(JSON.stringify([t.titleVi, t.bodyVi, t.titleEn, t.bodyEn])).digest('hex');
}
