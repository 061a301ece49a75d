"""Demo narratives: the text district offices and two communes "wrote" under the outline headings.

Synthetic demo data written for ``cchc demo``; none of it is a real statement of Hướng Hóa district
or its offices. The texts are qualitative on purpose: every figure in the report is computed from
the demo data, so the narratives name legal documents, years and dates but state no statistics.
"""

from __future__ import annotations

from cchc_core.model.blocks import Paragraph, Table

# unit id -> heading key -> blocks written under that heading
NARRATIVES: dict[str, dict[str, tuple[Paragraph | Table, ...]]] = {
    "noi_vu": {
        "P1.I.1": (
            Paragraph(
                "Thực hiện Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ và Quyết định "
                "số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ, UBND huyện Hướng Hóa xác "
                "định cải cách hành chính (CCHC) là nhiệm vụ trọng tâm, xuyên suốt trong chỉ "
                "đạo, điều hành. Trên cơ sở Quyết định số 2057/QĐ-UBND ngày 30/8/2016 của UBND "
                "tỉnh Quảng Trị, UBND huyện đã ban hành Kế hoạch CCHC giai đoạn 2016-2020 và "
                "Chương trình hành động số 231/CTr-UBND ngày 23/9/2016, quán triệt đến các cơ "
                "quan, đơn vị và UBND các xã, thị trấn.",
            ),
            Paragraph(
                "Hằng năm, UBND huyện ban hành kế hoạch CCHC, kế hoạch kiểm tra, kế hoạch tuyên "
                "truyền và kế hoạch rà soát thủ tục hành chính (TTHC), phân công rõ cơ quan chủ "
                "trì, thời hạn và sản phẩm của từng nhiệm vụ. Chủ tịch UBND huyện thường xuyên "
                "chỉ đạo, đôn đốc các nhiệm vụ trọng tâm như cơ chế một cửa, một cửa liên thông, "
                "kỷ luật, kỷ cương hành chính.",
            ),
            Paragraph(
                "Kinh phí thực hiện CCHC được bố trí trong dự toán ngân sách hằng năm. Bộ tiêu "
                "chí xác định Chỉ số CCHC đối với UBND các xã, thị trấn được áp dụng ổn định; từ "
                "năm 2017, việc đánh giá được mở rộng đối với các cơ quan chuyên môn thuộc UBND "
                "huyện, và những năm gần đây huyện tổ chức khảo sát sự hài lòng của người dân, "
                "tổ chức.",
            ),
            Paragraph(
                "Các mô hình, sáng kiến trong CCHC được khuyến khích nhân rộng, tiêu biểu là mô "
                "hình tiếp nhận và trả kết quả lưu động tại thôn, bản vùng sâu, vùng xa. Công "
                "tác thi đua, khen thưởng được gắn với kết quả xác định Chỉ số CCHC; tập thể, cá "
                "nhân có cách làm hiệu quả được biểu dương kịp thời, đơn vị chậm triển khai "
                "nhiệm vụ bị phê bình, nhắc nhở.",
            ),
        ),
        "P1.I.2": (
            Paragraph(
                "Hằng năm, UBND huyện ban hành kế hoạch kiểm tra công tác CCHC, tập trung vào cơ "
                "chế một cửa, một cửa liên thông, niêm yết công khai TTHC, kỷ luật, kỷ cương "
                "hành chính và ứng dụng công nghệ thông tin. Đoàn kiểm tra do Phòng Nội vụ chủ "
                "trì; ngoài kiểm tra theo kế hoạch, huyện còn kiểm tra đột xuất việc chấp hành "
                "thời giờ làm việc và văn hóa công sở.",
            ),
            Paragraph(
                "Qua kiểm tra, đoàn đã chỉ ra các tồn tại thường gặp như: niêm yết TTHC chưa "
                "được cập nhật kịp thời; sổ theo dõi hồ sơ ghi chép chưa đầy đủ; một số hồ sơ "
                "trả kết quả quá hạn nhưng chưa có văn bản xin lỗi người dân; việc bố trí công "
                "chức làm việc tại Bộ phận một cửa cấp xã chưa ổn định. Sau mỗi đợt kiểm tra, "
                "UBND huyện thông báo kết luận, yêu cầu đơn vị khắc phục và báo cáo kết quả.",
            ),
            Paragraph(
                "Công tác kiểm tra đã tạo chuyển biến rõ nét trong nhận thức và trách nhiệm của "
                "người đứng đầu các cơ quan, đơn vị; phần lớn tồn tại được chỉ ra đã được khắc "
                "phục ngay trong năm. Tuy nhiên, do địa bàn rộng, nhiều xã vùng cao đi lại khó "
                "khăn, nhất là vào mùa mưa, nên có năm thời gian kiểm tra tại cơ sở còn bị rút "
                "ngắn, chưa kiểm tra sâu được tất cả các lĩnh vực.",
            ),
        ),
        "P1.I.3": (
            Paragraph(
                "Hằng năm, UBND huyện ban hành kế hoạch tuyên truyền CCHC, giao Phòng Văn hóa và "
                "Thông tin chủ trì, phối hợp với Trung tâm Văn hóa Thông tin - Thể dục Thể thao "
                "tổ chức thực hiện. Nội dung tập trung vào chính sách về CCHC, quy định mới về "
                "TTHC, cơ chế một cửa, dịch vụ công trực tuyến và dịch vụ bưu chính công ích. "
                "Các hình thức đã triển khai gồm:",
            ),
            Paragraph(
                "- Duy trì chuyên mục CCHC phát định kỳ trên sóng phát thanh, truyền hình của "
                "huyện; xây dựng chuyên mục CCHC trên Cổng thông tin điện tử huyện;",
                "bullet",
            ),
            Paragraph(
                "- Lồng ghép tuyên truyền trong các hội nghị, buổi sinh hoạt thôn, bản, sinh "
                "hoạt của Mặt trận Tổ quốc và các đoàn thể; phát trên loa truyền thanh cơ sở "
                "bằng tiếng phổ thông, tiếng Vân Kiều và tiếng Pa Kô;",
                "bullet",
            ),
            Paragraph(
                "- Tổ chức cuộc thi tìm hiểu về CCHC dành cho cán bộ, công chức, viên chức và "
                "nhân dân; mở lớp tập huấn chuyên đề về tuyên truyền CCHC cho công chức cấp xã;",
                "bullet",
            ),
            Paragraph(
                "- Treo pa nô, áp phích, phát tờ rơi hướng dẫn TTHC tại Bộ phận tiếp nhận và trả "
                "kết quả cấp huyện, cấp xã; thông tin qua nhóm Zalo của thôn, bản.",
                "bullet",
            ),
            Paragraph(
                "Công tác tuyên truyền đã góp phần nâng cao nhận thức của cán bộ, công chức, "
                "viên chức về CCHC; người dân, doanh nghiệp hiểu rõ hơn quyền, nghĩa vụ khi thực "
                "hiện TTHC. Tuy nhiên, hình thức tuyên truyền ở một số xã còn đơn điệu, chủ yếu "
                "qua loa truyền thanh; việc tuyên truyền đến đồng bào dân tộc thiểu số ở các "
                "thôn, bản vùng sâu còn gặp khó khăn do rào cản ngôn ngữ và địa bàn cách trở.",
            ),
        ),
        "P1.I.4.a": (
            Paragraph(
                "Công tác chỉ đạo, điều hành CCHC của UBND huyện được thực hiện thống nhất, "
                "quyết liệt và có trọng tâm; kế hoạch CCHC hằng năm được ban hành kịp thời, bám "
                "sát chương trình, kế hoạch của tỉnh và điều kiện thực tế của một huyện miền "
                "núi, biên giới. Vai trò, trách nhiệm của người đứng đầu các cơ quan, đơn vị và "
                "Chủ tịch UBND các xã, thị trấn trong thực hiện CCHC được nâng lên rõ rệt.",
            ),
            Paragraph(
                "Công tác kiểm tra, đánh giá Chỉ số CCHC và khảo sát sự hài lòng của người dân "
                "được duy trì, trở thành công cụ quan trọng để đánh giá kết quả và kịp thời chấn "
                "chỉnh các hạn chế. Công tác thông tin, tuyên truyền được đổi mới về hình thức, "
                "từng bước phù hợp với đặc điểm vùng đồng bào dân tộc thiểu số.",
            ),
            Paragraph(
                "Việc gắn kết quả CCHC với thi đua, khen thưởng và đánh giá, phân loại cán bộ, "
                "công chức đã tạo động lực để các cơ quan, đơn vị chủ động đề xuất mô hình, cách "
                "làm mới. Qua đó, môi trường đầu tư, kinh doanh trên địa bàn từng bước được cải "
                "thiện, nhất là tại thị trấn Khe Sanh và thị trấn Lao Bảo, nơi có Cửa khẩu quốc "
                "tế Lao Bảo.",
            ),
        ),
        "P1.I.4.b": (
            Paragraph(
                "Hạn chế: Một số cơ quan, đơn vị và UBND một số xã chưa thật sự quan tâm đến "
                "công tác CCHC; kế hoạch CCHC còn sao chép kế hoạch của cấp trên, chưa xác định "
                "rõ sản phẩm cụ thể. Việc báo cáo định kỳ có lúc còn chậm, chất lượng báo cáo "
                "chưa cao; công tác tự kiểm tra tại các cơ quan, đơn vị còn hình thức, việc khắc "
                "phục tồn tại sau kiểm tra ở một số nơi còn chậm.",
            ),
            Paragraph(
                "Công tác tuyên truyền chưa thường xuyên, chưa sâu rộng đến người dân ở vùng "
                "sâu, vùng xa; việc khảo sát sự hài lòng của người dân mới được triển khai trong "
                "những năm gần đây, phạm vi và phương pháp khảo sát còn hạn chế. Kinh phí dành "
                "cho CCHC còn thấp so với yêu cầu nhiệm vụ; công chức theo dõi CCHC ở cơ sở chủ "
                "yếu làm kiêm nhiệm và thường xuyên thay đổi.",
            ),
        ),
        "P1.III.1": (
            Paragraph(
                "Qua thực hiện Chương trình tổng thể CCHC nhà nước giai đoạn 2011-2020, công tác "
                "CCHC trên địa bàn huyện Hướng Hóa đã đạt được những kết quả quan trọng, cơ bản "
                "hoàn thành các mục tiêu, nhiệm vụ đề ra. Nhận thức và trách nhiệm của cấp ủy, "
                "chính quyền, người đứng đầu và đội ngũ cán bộ, công chức, viên chức về CCHC có "
                "chuyển biến rõ nét; công tác chỉ đạo, điều hành ngày càng quyết liệt, cụ thể.",
            ),
            Paragraph(
                "Thể chế, cơ chế chính sách thuộc thẩm quyền của huyện được rà soát, hoàn thiện; "
                "chất lượng văn bản quy phạm pháp luật được nâng lên. TTHC được rà soát, công "
                "khai đầy đủ; cơ chế một cửa, một cửa liên thông được thực hiện đồng bộ ở cả cấp "
                "huyện và cấp xã, tình trạng hồ sơ trễ hạn từng bước được khắc phục, góp phần "
                "giảm thời gian và chi phí đi lại của người dân.",
            ),
            Paragraph(
                "Tổ chức bộ máy được sắp xếp theo hướng tinh gọn; việc sáp nhập xã A Túc và xã A "
                "Xing thành xã Lìa, sáp nhập các thôn, bản có quy mô nhỏ được thực hiện đúng quy "
                "định, bảo đảm ổn định. Đội ngũ cán bộ, công chức, viên chức từng bước được "
                "chuẩn hóa; cơ chế tự chủ tài chính, ứng dụng công nghệ thông tin và hệ thống "
                "quản lý chất lượng theo tiêu chuẩn ISO góp phần xây dựng nền hành chính phục "
                "vụ, công khai, minh bạch.",
            ),
        ),
        "P1.III.2": (
            Paragraph(
                "Tồn tại, hạn chế: Kết quả CCHC chưa đồng đều giữa các lĩnh vực và giữa các xã, "
                "thị trấn; một số chỉ tiêu của Kế hoạch CCHC giai đoạn 2016-2020 chưa đạt yêu "
                "cầu, nhất là về dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ. Việc "
                "giải quyết TTHC trong một số lĩnh vực như đất đai, xây dựng còn chậm; kỷ luật, "
                "kỷ cương hành chính ở một số nơi chưa nghiêm; chất lượng đội ngũ công chức cấp "
                "xã chưa đồng đều.",
            ),
            Paragraph(
                "Hạ tầng công nghệ thông tin ở các xã vùng cao còn yếu, đường truyền không ổn "
                "định; người dân chưa quen sử dụng dịch vụ công trực tuyến và dịch vụ bưu chính "
                "công ích; trụ sở làm việc của một số xã đã xuống cấp, chưa đáp ứng yêu cầu bố "
                "trí Bộ phận một cửa.",
            ),
            Paragraph(
                "Nguyên nhân khách quan: Hướng Hóa là huyện miền núi, biên giới, địa bàn rộng, "
                "địa hình chia cắt, giao thông đi lại khó khăn, nhất là vào mùa mưa lũ; đời sống "
                "và trình độ dân trí của một bộ phận đồng bào Vân Kiều, Pa Kô còn thấp; nguồn "
                "lực đầu tư cho CCHC còn hạn chế. Hệ thống văn bản pháp luật thay đổi nhiều, một "
                "số văn bản hướng dẫn ban hành chậm; đầu năm 2020, dịch bệnh Covid-19 ảnh hưởng "
                "đến việc tổ chức các hoạt động tập trung.",
            ),
            Paragraph(
                "Nguyên nhân chủ quan: Một số người đứng đầu cơ quan, đơn vị chưa quan tâm đúng "
                "mức, chưa quyết liệt trong chỉ đạo; năng lực, tinh thần trách nhiệm của một bộ "
                "phận cán bộ, công chức chưa đáp ứng yêu cầu. Công tác phối hợp giữa các cơ quan "
                "có lúc chưa chặt chẽ; công tác kiểm tra, giám sát chưa thường xuyên.",
            ),
        ),
        "P1.III.3": (
            Paragraph(
                "Một là, phải có sự lãnh đạo, chỉ đạo thường xuyên, quyết liệt của cấp ủy, chính "
                "quyền các cấp. Người đứng đầu cơ quan, đơn vị phải trực tiếp chỉ đạo và chịu "
                "trách nhiệm về kết quả CCHC tại cơ quan, đơn vị mình.",
            ),
            Paragraph(
                "Hai là, kế hoạch CCHC phải bám sát điều kiện thực tế của một huyện miền núi, "
                "biên giới, xác định rõ nhiệm vụ trọng tâm, sản phẩm cụ thể và trách nhiệm của "
                "từng cơ quan. Kết quả thực hiện CCHC phải được gắn với thi đua, khen thưởng và "
                "đánh giá cán bộ, công chức.",
            ),
            Paragraph(
                "Ba là, coi trọng công tác tuyên truyền bằng những hình thức phù hợp với đồng "
                "bào dân tộc thiểu số, phát huy vai trò của già làng, trưởng bản, người có uy "
                "tín. Lấy sự hài lòng của người dân, tổ chức làm thước đo chất lượng phục vụ của "
                "cơ quan hành chính.",
            ),
            Paragraph(
                "Bốn là, thường xuyên kiểm tra, đôn đốc, kịp thời chấn chỉnh những tồn tại, hạn "
                "chế. Quan tâm đào tạo, bồi dưỡng đội ngũ công chức, nhất là công chức cấp xã và "
                "công chức làm việc tại Bộ phận một cửa.",
            ),
        ),
        "P2.I": (
            Paragraph(
                "Căn cứ kết quả giai đoạn 2011-2020 và đề xuất của các cơ quan, đơn vị, UBND các "
                "xã, thị trấn, UBND huyện xác định mục tiêu CCHC giai đoạn 2021-2030 là xây dựng "
                "nền hành chính phục vụ, chuyên nghiệp, hiện đại, hoạt động hiệu lực, hiệu quả, "
                "lấy người dân, doanh nghiệp làm trung tâm. Các nhiệm vụ trọng tâm được đề xuất "
                "theo từng lĩnh vực như sau.",
            ),
        ),
        "P2.II.1": (
            Paragraph(
                "- Sớm ban hành Chương trình tổng thể CCHC nhà nước giai đoạn 2021-2030 và các "
                "văn bản hướng dẫn để địa phương kịp thời xây dựng kế hoạch; bảo đảm tính ổn "
                "định của hệ thống pháp luật, hạn chế việc sửa đổi nhiều lần trong thời gian "
                "ngắn.",
                "bullet",
            ),
            Paragraph(
                "- Có cơ chế, chính sách đặc thù về biên chế, chế độ phụ cấp đối với cán bộ, "
                "công chức công tác tại các xã biên giới, xã đặc biệt khó khăn; cho phép bố trí "
                "số lượng công chức cấp xã linh hoạt theo diện tích tự nhiên và đặc điểm dân cư, "
                "không chỉ căn cứ vào quy mô dân số.",
                "bullet",
            ),
            Paragraph(
                "- Đầu tư hạ tầng viễn thông, mạng truyền số liệu chuyên dùng đến các xã vùng "
                "cao, biên giới; thống nhất, kết nối liên thông các phần mềm chuyên ngành (đất "
                "đai, hộ tịch, bảo hiểm xã hội) với hệ thống một cửa điện tử của địa phương để "
                "tránh nhập liệu nhiều lần.",
                "bullet",
            ),
            Paragraph(
                "- Nghiên cứu quy định miễn, giảm phí, lệ phí hoặc hỗ trợ chi phí cho người dân "
                "khi nộp hồ sơ trực tuyến và nhận kết quả qua dịch vụ bưu chính công ích ở vùng "
                "sâu, vùng xa.",
                "bullet",
            ),
        ),
        "P2.II.2": (
            Paragraph(
                "- Quan tâm bố trí kinh phí nâng cấp hạ tầng công nghệ thông tin, trang thiết bị "
                "cho Bộ phận tiếp nhận và trả kết quả cấp xã; hỗ trợ đầu tư xây dựng, sửa chữa "
                "trụ sở làm việc đã xuống cấp của các xã, trong đó có trụ sở xã Lìa sau sáp "
                "nhập.",
                "bullet",
            ),
            Paragraph(
                "- Sở Nội vụ tăng cường tổ chức các lớp bồi dưỡng nghiệp vụ CCHC, kỹ năng giao "
                "tiếp và tiếng dân tộc thiểu số cho công chức cấp xã ngay tại địa bàn huyện; "
                "hướng dẫn kịp thời việc bố trí, sắp xếp cán bộ, công chức dôi dư sau sáp nhập "
                "đơn vị hành chính.",
                "bullet",
            ),
            Paragraph(
                "- Văn phòng UBND tỉnh, Sở Thông tin và Truyền thông tiếp tục hoàn thiện Cổng "
                "dịch vụ công trực tuyến và hệ thống một cửa điện tử của tỉnh, bảo đảm vận hành "
                "ổn định, dễ sử dụng đối với người dân.",
                "bullet",
            ),
            Paragraph(
                "- Các sở, ngành công bố TTHC kịp thời, chính xác khi có văn bản pháp luật mới; "
                "tăng cường hướng dẫn chuyên môn, nghiệp vụ cho cấp huyện, cấp xã.",
                "bullet",
            ),
        ),
        "P2.II.3": (
            Paragraph(
                "Đề nghị UBND tỉnh nghiên cứu điều chỉnh Bộ tiêu chí xác định Chỉ số CCHC cấp "
                "huyện, cấp xã theo hướng có tiêu chí phù hợp với điều kiện đặc thù về hạ tầng "
                "và trình độ dân trí của các huyện miền núi, biên giới. Việc đánh giá cần ghi "
                "nhận sự nỗ lực của địa phương, không chỉ căn cứ vào kết quả tuyệt đối.",
            ),
            Paragraph(
                "Đề nghị các doanh nghiệp viễn thông mở rộng vùng phủ sóng di động, internet tại "
                "các thôn, bản vùng sâu, vùng xa, vùng biên giới của huyện. Đề nghị Bưu điện "
                "tỉnh củng cố mạng lưới điểm bưu điện văn hóa xã để phục vụ việc tiếp nhận hồ "
                "sơ, trả kết quả giải quyết TTHC cho người dân.",
            ),
        ),
        "P1.II.3.1": (
            Paragraph(
                "Thực hiện Nghị định số 37/2014/NĐ-CP ngày 05/5/2014 của Chính phủ, UBND huyện "
                "đã kiện toàn các cơ quan chuyên môn, ban hành quy định chức năng, nhiệm vụ, "
                "quyền hạn và cơ cấu tổ chức của từng cơ quan. Thực hiện Nghị quyết số 18-NQ/TW "
                "và Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng "
                "khóa XII, trong các năm 2018 và 2019, huyện đã sắp xếp lại các đơn vị sự nghiệp "
                "công lập: hợp nhất Trung tâm Dạy nghề và Trung tâm Giáo dục thường xuyên thành "
                "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên, sáp nhập một số trường "
                "học có quy mô nhỏ.",
            ),
            Paragraph(
                "Biên chế được quản lý chặt chẽ, không vượt số được giao; tinh giản biên chế "
                "thực hiện theo Nghị định số 108/2014/NĐ-CP và Nghị định số 113/2018/NĐ-CP của "
                "Chính phủ. Các cơ quan, đơn vị đã ban hành quy chế làm việc và quy trình nội bộ "
                "giải quyết công việc hành chính. Việc phân cấp thực hiện theo quy định của UBND "
                "tỉnh; UBND các xã, thị trấn được giao làm chủ đầu tư các công trình quy mô nhỏ "
                "thuộc chương trình xây dựng nông thôn mới; tổ chức và hoạt động của các cơ "
                "quan, đơn vị được kiểm tra hằng năm.",
            ),
            Paragraph(
                "Thực hiện Nghị quyết số 832/NQ-UBTVQH14 ngày 17/12/2019 của Ủy ban Thường vụ "
                "Quốc hội về việc sắp xếp các đơn vị hành chính cấp huyện, cấp xã thuộc tỉnh "
                "Quảng Trị, từ ngày 01/01/2020, xã A Túc và xã A Xing được sáp nhập thành xã "
                "Lìa. UBND huyện đã chỉ đạo kiện toàn bộ máy, bàn giao hồ sơ, tài sản, con dấu "
                "và ổn định hoạt động của xã mới. Việc sáp nhập thôn, bản, khu phố có quy mô nhỏ "
                "theo chủ trương của tỉnh được thực hiện đúng quy trình, được nhân dân đồng "
                "thuận.",
            ),
        ),
        "P1.II.3.2": (
            Paragraph(
                "Hạn chế: Việc sắp xếp tổ chức bộ máy chưa gắn chặt với tinh giản biên chế và cơ "
                "cấu lại đội ngũ; sau sáp nhập, việc bố trí, giải quyết chế độ cho cán bộ, công "
                "chức dôi dư tại xã Lìa chưa dứt điểm. Quy trình nội bộ giải quyết công việc "
                "hành chính ở một số cơ quan còn mang tính hình thức, chậm được cập nhật; một số "
                "quy chế làm việc chưa được sửa đổi kịp thời khi có thay đổi về nhân sự, chức "
                "năng, nhiệm vụ.",
            ),
            Paragraph(
                "Việc phân cấp cho cấp xã chưa đi kèm với nguồn lực và năng lực thực hiện tương "
                "ứng. Cơ chế tự chủ về tổ chức bộ máy tại các đơn vị sự nghiệp công lập còn hạn "
                "chế, phần lớn đơn vị vẫn phụ thuộc vào ngân sách nhà nước.",
            ),
            Paragraph(
                "Nguyên nhân khách quan: Các văn bản hướng dẫn về chức năng, nhiệm vụ của một số "
                "ngành thay đổi nhiều lần; việc sắp xếp đơn vị hành chính cấp xã, sáp nhập thôn, "
                "bản tác động trực tiếp đến tâm tư của cán bộ và nhân dân. Nguyên nhân chủ quan: "
                "Một số người đứng đầu chưa quyết liệt trong việc sắp xếp các tổ chức bên trong; "
                "công tác tham mưu có lúc chưa chủ động.",
            ),
        ),
        "P2.I.3": (
            Paragraph(
                "Giai đoạn 2021-2030, tập trung các nhiệm vụ trọng tâm về tổ chức bộ máy hành "
                "chính nhà nước sau đây:",
            ),
            Paragraph(
                "- Tiếp tục rà soát, sắp xếp tổ chức bộ máy các cơ quan chuyên môn, đơn vị sự "
                "nghiệp công lập theo Nghị quyết số 18-NQ/TW, Nghị quyết số 19-NQ/TW và hướng "
                "dẫn của Chính phủ, của tỉnh; tinh gọn đầu mối bên trong gắn với tinh giản biên "
                "chế.",
                "bullet",
            ),
            Paragraph(
                "- Hoàn thành việc bố trí, sắp xếp cán bộ, công chức dôi dư tại xã Lìa và ổn "
                "định tổ chức các thôn, bản sau sáp nhập; chuẩn bị các điều kiện để sắp xếp đơn "
                "vị hành chính cấp xã trong giai đoạn tiếp theo theo chủ trương của cấp trên.",
                "bullet",
            ),
            Paragraph(
                "- Đẩy mạnh phân cấp gắn với kiểm tra, giám sát; cập nhật quy trình nội bộ giải "
                "quyết công việc hành chính tại các cơ quan, đơn vị.",
                "bullet",
            ),
            Paragraph(
                "- Khuyến khích các đơn vị sự nghiệp công lập có nguồn thu chuyển sang cơ chế tự "
                "chủ ở mức cao hơn.",
                "bullet",
            ),
        ),
        "P1.II.4.1.a": (
            Paragraph(
                "Thực hiện Nghị định số 36/2013/NĐ-CP và Nghị định số 41/2012/NĐ-CP của Chính "
                "phủ, các cơ quan, đơn vị đã xây dựng đề án vị trí việc làm, trình cấp có thẩm "
                "quyền phê duyệt, làm căn cứ tuyển dụng, bố trí và quản lý công chức, viên chức. "
                "Cơ cấu ngạch, chức danh nghề nghiệp từng bước được điều chỉnh theo vị trí việc "
                "làm.",
            ),
            Paragraph(
                "Công chức được tuyển dụng qua kỳ thi do UBND tỉnh tổ chức; UBND huyện tuyển "
                "dụng viên chức ngành giáo dục và các đơn vị sự nghiệp thuộc huyện công khai, "
                "minh bạch. Việc cử dự thi nâng ngạch, thăng hạng bảo đảm đúng tiêu chuẩn, điều "
                "kiện; huyện đã bước đầu thi tuyển chức danh lãnh đạo, quản lý cấp phòng. Việc "
                "đánh giá, phân loại được đổi mới theo Nghị định số 56/2015/NĐ-CP và Nghị định "
                "số 88/2017/NĐ-CP.",
            ),
            Paragraph(
                "Đào tạo, bồi dưỡng được thực hiện theo Nghị định số 101/2017/NĐ-CP, gắn với vị "
                "trí việc làm; huyện chủ động mở lớp tại địa phương để giảm chi phí đi lại cho "
                "học viên. Kỷ luật, kỷ cương hành chính được tăng cường theo Chỉ thị số "
                "26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ; việc luân chuyển, bổ nhiệm, "
                "khen thưởng, kỷ luật cán bộ, công chức, viên chức thực hiện đúng quy trình, "
                "công khai.",
            ),
        ),
        "P1.II.4.1.b": (
            Paragraph(
                "Thực hiện Nghị định số 92/2009/NĐ-CP và Nghị định số 34/2019/NĐ-CP ngày "
                "24/4/2019 của Chính phủ về cán bộ, công chức cấp xã và người hoạt động không "
                "chuyên trách, UBND huyện đã hướng dẫn các xã, thị trấn rà soát, sắp xếp lại đội "
                "ngũ. Số lượng cán bộ, công chức cấp xã được bố trí theo phân loại đơn vị hành "
                "chính; người hoạt động không chuyên trách được sắp xếp, kiêm nhiệm theo hướng "
                "tinh gọn.",
            ),
            Paragraph(
                "Cơ cấu công chức cấp xã bảo đảm các chức danh theo quy định; việc tuyển dụng "
                "công chức cấp xã được thực hiện qua thi tuyển, có chính sách ưu tiên đối với "
                "người dân tộc thiểu số tại chỗ. Trình độ chuyên môn, lý luận chính trị của đội "
                "ngũ từng bước được chuẩn hóa; phần lớn công chức cấp xã đạt chuẩn theo quy định "
                "của chức danh đảm nhiệm.",
            ),
            Paragraph(
                "Hằng năm, huyện phối hợp với Trường Chính trị Lê Duẩn tỉnh mở các lớp bồi dưỡng "
                "cho công chức cấp xã về quản lý nhà nước, soạn thảo văn bản, tin học, nghiệp vụ "
                "một cửa. Sau sáp nhập xã A Túc và xã A Xing thành xã Lìa, UBND huyện đã chỉ đạo "
                "bố trí, phân công lại cán bộ, công chức của hai xã cũ và xây dựng lộ trình giải "
                "quyết số dôi dư theo hướng dẫn của tỉnh.",
            ),
        ),
        "P1.II.4.2": (
            Paragraph(
                "Hạn chế: Đề án vị trí việc làm ở một số đơn vị còn hình thức, chưa thật sự là "
                "căn cứ cho tuyển dụng, bố trí và đánh giá; đội ngũ viên chức ngành giáo dục còn "
                "thừa, thiếu cục bộ giữa các cấp học và giữa các vùng. Việc đánh giá, phân loại "
                "công chức ở một số nơi còn nể nang, chưa phản ánh đúng chất lượng thực thi công "
                "vụ.",
            ),
            Paragraph(
                "Trình độ công chức cấp xã không đồng đều; một bộ phận còn yếu về kỹ năng ứng "
                "dụng công nghệ thông tin và soạn thảo văn bản; huyện gặp khó khăn trong việc "
                "thu hút người có trình độ về công tác ở các xã vùng cao, biên giới. Kỷ luật, kỷ "
                "cương ở một số nơi chưa nghiêm, vẫn còn tình trạng đi muộn, về sớm, giải quyết "
                "công việc chậm.",
            ),
            Paragraph(
                "Nguyên nhân khách quan: Chế độ, chính sách đãi ngộ chưa đủ sức thu hút; điều "
                "kiện làm việc ở các xã vùng cao còn nhiều khó khăn; quy định về chức danh, tiêu "
                "chuẩn thay đổi nhiều lần. Nguyên nhân chủ quan: Công tác quản lý, kiểm tra công "
                "vụ chưa thường xuyên; một bộ phận cán bộ, công chức chưa chủ động tự học tập, "
                "nâng cao trình độ.",
            ),
        ),
        "P2.I.4": (
            Paragraph(
                "- Rà soát, cập nhật vị trí việc làm của các cơ quan, đơn vị; tuyển dụng, bố trí "
                "công chức, viên chức đúng vị trí việc làm; thực hiện tinh giản biên chế gắn với "
                "cơ cấu lại đội ngũ.",
                "bullet",
            ),
            Paragraph(
                "- Đổi mới đánh giá cán bộ, công chức, viên chức theo kết quả, sản phẩm công "
                "việc; mở rộng thi tuyển chức danh lãnh đạo, quản lý cấp phòng.",
                "bullet",
            ),
            Paragraph(
                "- Đào tạo, bồi dưỡng theo vị trí việc làm, chú trọng tin học, kỹ năng giao "
                "tiếp, tiếng dân tộc thiểu số; ưu tiên công chức cấp xã ở các xã vùng cao, biên "
                "giới.",
                "bullet",
            ),
            Paragraph(
                "- Có chính sách thu hút, tạo nguồn cán bộ là người dân tộc thiểu số tại chỗ; "
                "siết chặt kỷ luật, kỷ cương và xây dựng văn hóa công vụ.",
                "bullet",
            ),
        ),
    },
    "tu_phap": {
        "P1.II.1.1": (
            Paragraph(
                "Giai đoạn 2011-2015, việc ban hành văn bản quy phạm pháp luật (QPPL) được thực "
                "hiện theo Luật Ban hành văn bản QPPL của HĐND, UBND năm 2004. Khi Luật Ban hành "
                "văn bản QPPL năm 2015 và Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính "
                "phủ có hiệu lực, Phòng Tư pháp đã tham mưu tổ chức quán triệt, tập huấn cho "
                "công chức làm công tác soạn thảo, thẩm định văn bản ở cấp huyện và cấp xã. Văn "
                "bản được ban hành đúng quy trình, thẩm quyền.",
            ),
            Paragraph(
                "Phòng Tư pháp thẩm định các dự thảo văn bản QPPL trước khi trình UBND huyện ban "
                "hành; ý kiến thẩm định được cơ quan soạn thảo tiếp thu. Văn bản được rà soát "
                "thường xuyên, văn bản không còn phù hợp được kiến nghị xử lý; huyện đã hoàn "
                "thành hệ thống hóa văn bản QPPL kỳ 2014-2018, công bố danh mục văn bản còn hiệu "
                "lực, hết hiệu lực.",
            ),
            Paragraph(
                "Qua kiểm tra văn bản của HĐND, UBND các xã, thị trấn, Phòng Tư pháp đã phát "
                "hiện một số văn bản sai sót về thẩm quyền, căn cứ pháp lý và một số văn bản "
                "hành chính có chứa quy phạm pháp luật, kịp thời đề nghị cơ quan ban hành xử lý. "
                "Công tác theo dõi thi hành pháp luật được triển khai theo Nghị định số "
                "59/2012/NĐ-CP, tập trung vào xử lý vi phạm hành chính, đất đai, bảo vệ rừng; "
                "việc thanh tra, kiểm tra thực hiện chính sách, pháp luật được phối hợp với "
                "Thanh tra huyện.",
            ),
        ),
        "P1.II.1.2": (
            Paragraph(
                "Hạn chế: Một số dự thảo văn bản do cơ quan chuyên môn soạn thảo gửi thẩm định "
                "sát thời hạn, hồ sơ chưa đầy đủ, ảnh hưởng đến chất lượng thẩm định; việc lấy ý "
                "kiến đối tượng chịu sự tác động của văn bản còn hình thức. Ở cấp xã, một số văn "
                "bản còn sai sót về thể thức, căn cứ pháp lý; việc tự kiểm tra, rà soát văn bản "
                "chưa thường xuyên.",
            ),
            Paragraph(
                "Công tác theo dõi thi hành pháp luật còn lúng túng, chủ yếu thực hiện qua báo "
                "cáo, các cuộc kiểm tra chuyên sâu còn ít. Việc cập nhật văn bản vào cơ sở dữ "
                "liệu quốc gia về pháp luật và lưu trữ văn bản QPPL ở cấp xã chưa đầy đủ, kịp "
                "thời.",
            ),
            Paragraph(
                "Nguyên nhân khách quan: Hệ thống pháp luật thay đổi nhanh, một số văn bản hướng "
                "dẫn ban hành chậm; biên chế Phòng Tư pháp ít trong khi nhiệm vụ ngày càng "
                "nhiều; công chức Tư pháp - Hộ tịch cấp xã kiêm nhiệm nhiều việc, ở các xã vùng "
                "cao còn phải thường xuyên xuống thôn, bản. Nguyên nhân chủ quan: Một số cơ quan "
                "chưa coi trọng đúng mức công tác xây dựng, kiểm tra văn bản; năng lực soạn thảo "
                "văn bản của một bộ phận công chức còn hạn chế.",
            ),
        ),
        "P2.I.1": (
            Paragraph(
                "Giai đoạn 2021-2030, tập trung nâng cao chất lượng công tác xây dựng, kiểm tra, "
                "rà soát văn bản QPPL và hiệu quả thi hành pháp luật trên địa bàn, cụ thể:",
            ),
            Paragraph(
                "- Thực hiện nghiêm quy trình xây dựng, ban hành văn bản QPPL theo Luật Ban hành "
                "văn bản QPPL; nâng cao chất lượng thẩm định, bảo đảm tính hợp hiến, hợp pháp, "
                "tính thống nhất và khả thi của văn bản.",
                "bullet",
            ),
            Paragraph(
                "- Thực hiện tốt việc rà soát thường xuyên và hệ thống hóa văn bản QPPL kỳ "
                "2019-2023; xử lý kịp thời văn bản trái pháp luật, không còn phù hợp.",
                "bullet",
            ),
            Paragraph(
                "- Đổi mới công tác theo dõi thi hành pháp luật, tăng cường kiểm tra chuyên sâu "
                "ở các lĩnh vực có nhiều vướng mắc như đất đai, xây dựng, bảo vệ rừng.",
                "bullet",
            ),
            Paragraph(
                "- Bồi dưỡng kỹ năng soạn thảo văn bản cho công chức cấp huyện, cấp xã; đổi mới "
                "hình thức phổ biến, giáo dục pháp luật phù hợp với đồng bào dân tộc thiểu số và "
                "khu vực biên giới.",
                "bullet",
            ),
        ),
    },
    "van_phong": {
        "P1.II.2.1.a": (
            Paragraph(
                "Giai đoạn 2011-2020, UBND huyện đã chỉ đạo các cơ quan chuyên môn và UBND các "
                "xã, thị trấn thực hiện nghiêm việc cải cách TTHC theo Nghị định số "
                "63/2010/NĐ-CP, Nghị định số 48/2013/NĐ-CP và Nghị định số 92/2017/NĐ-CP của "
                "Chính phủ về kiểm soát TTHC. Các TTHC thuộc thẩm quyền giải quyết của cấp "
                "huyện, cấp xã được thực hiện theo quyết định công bố của Chủ tịch UBND tỉnh; "
                "huyện không đặt thêm TTHC ngoài quy định.",
            ),
            Paragraph(
                "Hằng năm, UBND huyện ban hành kế hoạch rà soát, đơn giản hóa TTHC; qua rà soát, "
                "các cơ quan đã kiến nghị rút ngắn thời gian giải quyết, giảm thành phần hồ sơ "
                "của một số thủ tục trong các lĩnh vực đất đai, đăng ký kinh doanh hộ cá thể, hộ "
                "tịch, xây dựng. Liên thông các thủ tục đăng ký khai sinh, đăng ký thường trú, "
                "cấp thẻ bảo hiểm y tế cho trẻ em dưới sáu tuổi đã được thực hiện tại các xã, "
                "thị trấn.",
            ),
            Table(
                (
                    "Nội dung",
                    "Giai đoạn 2011-2015",
                    "Giai đoạn 2016-2020",
                ),
                [
                    (
                        "Rà soát, đơn giản hóa TTHC",
                        "Thực hiện theo kế hoạch của tỉnh, chủ yếu rà soát theo từng đợt",
                        "Ban hành kế hoạch rà soát hằng năm; kiến nghị rút ngắn thời gian, "
                        "giảm thành phần hồ sơ",
                    ),
                    (
                        "Cơ chế một cửa, một cửa liên thông",
                        "Thực hiện theo Quyết định số 93/2007/QĐ-TTg và Quyết định số "
                        "09/2015/QĐ-TTg; thủ tục liên thông còn ít",
                        "Thực hiện theo Nghị định số 61/2018/NĐ-CP; mở rộng liên thông cùng "
                        "cấp và giữa các cấp",
                    ),
                    (
                        "Công khai TTHC",
                        "Niêm yết bằng bản giấy tại trụ sở cơ quan giải quyết",
                        "Niêm yết tại Bộ phận một cửa, công khai trên Cổng thông tin điện tử "
                        "huyện và Cổng dịch vụ công của tỉnh",
                    ),
                    (
                        "Ứng dụng công nghệ thông tin",
                        "Theo dõi hồ sơ chủ yếu bằng sổ sách; phần mềm một cửa điện tử bước "
                        "đầu áp dụng ở cấp huyện",
                        "Phần mềm một cửa điện tử triển khai đến cấp xã; cung cấp dịch vụ công "
                        "trực tuyến mức độ 3, 4",
                    ),
                ],
                title="So sánh một số nội dung cải cách TTHC giữa hai giai đoạn",
                numeric_from=3,
            ),
        ),
        "P1.II.2.1.b": (
            Paragraph(
                "UBND huyện đã kiện toàn đội ngũ công chức đầu mối kiểm soát TTHC tại các cơ "
                "quan chuyên môn và UBND các xã, thị trấn. Kế hoạch rà soát, đánh giá TTHC được "
                "ban hành hằng năm, tập trung vào các thủ tục có nhiều hồ sơ, liên quan trực "
                "tiếp đến người dân, doanh nghiệp; kết quả rà soát được tổng hợp, báo cáo UBND "
                "tỉnh theo quy định.",
            ),
            Paragraph(
                "Việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành "
                "chính được thực hiện theo Nghị định số 20/2008/NĐ-CP của Chính phủ. Các phản "
                "ánh, kiến nghị được xem xét, trả lời theo quy định; từ năm 2017, kết quả xử lý "
                "được công khai trên Cổng thông tin điện tử huyện. Nội dung phản ánh chủ yếu "
                "liên quan đến thời gian giải quyết hồ sơ đất đai và thái độ phục vụ của công "
                "chức.",
            ),
            Paragraph(
                "Số hồ sơ TTHC tiếp nhận tại cấp huyện tăng qua các năm, tình trạng giải quyết "
                "trễ hạn giảm dần. Các trường hợp trễ hạn chủ yếu thuộc lĩnh vực đất đai do phải "
                "xác minh nguồn gốc sử dụng đất hoặc chờ ý kiến của cơ quan phối hợp; cơ quan "
                "giải quyết đã gửi văn bản xin lỗi và hẹn lại thời gian trả kết quả theo quy "
                "định.",
            ),
        ),
        "P1.II.2.1.c": (
            Paragraph(
                "Ngay sau khi Chủ tịch UBND tỉnh ban hành quyết định công bố TTHC, UBND huyện "
                "chỉ đạo cập nhật, niêm yết công khai TTHC tại Bộ phận tiếp nhận và trả kết quả "
                "cấp huyện, cấp xã, đồng thời đăng tải trên Cổng thông tin điện tử huyện. Hình "
                "thức công khai được cải tiến với bảng niêm yết, sổ TTHC, màn hình tra cứu tại "
                "Bộ phận một cửa cấp huyện.",
            ),
            Paragraph(
                "Nội dung niêm yết bảo đảm đầy đủ thành phần hồ sơ, thời hạn giải quyết, phí, lệ "
                "phí, mẫu đơn, tờ khai và địa chỉ tiếp nhận phản ánh, kiến nghị. Tại các xã vùng "
                "cao, công chức Bộ phận một cửa hướng dẫn trực tiếp và chuẩn bị sẵn mẫu tờ khai "
                "có ví dụ kê khai để người dân dễ thực hiện.",
            ),
        ),
        "P1.II.2.1.d": (
            Paragraph(
                "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện "
                "cơ chế một cửa, một cửa liên thông trong giải quyết TTHC và Thông tư số "
                "01/2018/TT-VPCP của Văn phòng Chính phủ, UBND huyện đã kiện toàn Bộ phận tiếp "
                "nhận và trả kết quả huyện thuộc Văn phòng HĐND và UBND huyện, ban hành quy chế "
                "hoạt động. Các cơ quan chuyên môn cử công chức đến làm việc tại Bộ phận; khu "
                "vực chờ, máy lấy số thứ tự, máy tính tra cứu được trang bị.",
            ),
            Paragraph(
                "UBND các xã, thị trấn đã kiện toàn Bộ phận một cửa, bố trí công chức Tư pháp - "
                "Hộ tịch, Địa chính - Xây dựng, Văn hóa - Xã hội làm việc theo lịch. Việc giải "
                "quyết TTHC theo cơ chế một cửa liên thông cùng cấp và giữa các cấp được mở "
                "rộng, phối hợp với Chi nhánh Văn phòng đăng ký đất đai, Chi cục Thuế, Bảo hiểm "
                "xã hội huyện; một số thủ tục đã thực hiện theo hình thức “bốn tại chỗ”.",
            ),
            Paragraph(
                "Cơ chế một cửa, một cửa liên thông đã giúp công khai, minh bạch quy trình, hạn "
                "chế việc người dân phải đến nhiều cơ quan, giảm tình trạng nhũng nhiễu. Ý thức, "
                "thái độ phục vụ của công chức tại Bộ phận một cửa có chuyển biến tích cực, được "
                "người dân ghi nhận qua các đợt khảo sát sự hài lòng.",
            ),
        ),
        "P1.II.2.1.dd": (
            Paragraph(
                "UBND huyện triển khai cung cấp dịch vụ công trực tuyến mức độ 3 trên Cổng dịch "
                "vụ công trực tuyến của tỉnh từ năm 2016, sau đó mở rộng các dịch vụ mức độ 3, 4 "
                "đối với cấp huyện và cấp xã, tập trung vào các lĩnh vực hộ tịch, đăng ký kinh "
                "doanh hộ cá thể, xây dựng, văn hóa. Hồ sơ trực tuyến được xử lý trên hệ thống "
                "một cửa điện tử.",
            ),
            Paragraph(
                "Tuy nhiên, số dịch vụ có phát sinh hồ sơ và số hồ sơ nộp trực tuyến còn ít so "
                "với yêu cầu. UBND huyện đã chỉ đạo công chức Bộ phận một cửa hướng dẫn, hỗ trợ "
                "người dân tạo tài khoản, nộp hồ sơ trực tuyến ngay tại Bộ phận; đồng thời tuyên "
                "truyền lợi ích của dịch vụ công trực tuyến trên sóng phát thanh, truyền hình và "
                "tại các buổi sinh hoạt thôn, bản.",
            ),
            Paragraph(
                "Từ cuối năm 2019, Cổng dịch vụ công của tỉnh được kết nối với Cổng Dịch vụ công "
                "quốc gia, tạo thuận lợi cho người dân tra cứu, theo dõi tình trạng hồ sơ. Việc "
                "khai thác dịch vụ công trực tuyến ở các xã vùng cao còn hạn chế do hạ tầng mạng "
                "yếu, người dân chưa quen sử dụng máy tính, điện thoại thông minh để thực hiện "
                "TTHC.",
            ),
        ),
        "P1.II.2.1.e": (
            Paragraph(
                "Thực hiện Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ "
                "về việc tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công "
                "ích, UBND huyện đã phối hợp với Bưu điện huyện Hướng Hóa triển khai thực hiện. "
                "Danh mục TTHC tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích được niêm "
                "yết tại Bộ phận một cửa cấp huyện, cấp xã.",
            ),
            Paragraph(
                "Người dân chủ yếu sử dụng dịch vụ để nhận kết quả tại nhà, việc gửi hồ sơ qua "
                "bưu điện còn ít; phần lớn người dân vẫn quen đến nộp hồ sơ trực tiếp. Trong "
                "thời gian tới, UBND huyện tiếp tục tuyên truyền về dịch vụ và phối hợp với Bưu "
                "điện huyện phát huy các điểm bưu điện văn hóa xã để phục vụ người dân ở vùng "
                "sâu, vùng xa.",
            ),
        ),
        "P1.II.2.1.g": (
            Paragraph(
                "Mô hình “Tiếp nhận và trả kết quả lưu động tại thôn, bản”: áp dụng tại các xã "
                "vùng cao như Hướng Lập, Hướng Việt, Hướng Sơn. Định kỳ hằng tháng, công chức Bộ "
                "phận một cửa cấp xã phối hợp với trưởng thôn, già làng đến nhà văn hóa thôn để "
                "tiếp nhận hồ sơ hộ tịch, chứng thực, xác nhận và trả kết quả ngay tại thôn, "
                "giúp người dân không phải đi lại xa.",
            ),
            Paragraph(
                "Giải pháp “Hướng dẫn TTHC bằng tiếng dân tộc”: biên soạn tài liệu hướng dẫn một "
                "số TTHC thường dùng như đăng ký khai sinh, đăng ký kết hôn, chứng thực bằng "
                "tiếng Vân Kiều, tiếng Pa Kô, phát trên loa truyền thanh cơ sở. Giải pháp được "
                "áp dụng tại các xã có đông đồng bào dân tộc thiểu số sinh sống và được người "
                "dân đón nhận.",
            ),
            Paragraph(
                "Tại Bộ phận tiếp nhận và trả kết quả huyện, mô hình “Thanh niên tình nguyện hỗ "
                "trợ người dân thực hiện TTHC” do Huyện đoàn phối hợp triển khai, hướng dẫn "
                "người dân kê khai hồ sơ, tạo tài khoản và nộp hồ sơ trực tuyến. Mô hình góp "
                "phần giảm thời gian chờ đợi và tăng số hồ sơ được nộp qua Cổng dịch vụ công của "
                "tỉnh.",
            ),
        ),
        "P1.II.2.2": (
            Paragraph(
                "Hạn chế: Việc rà soát, đề xuất đơn giản hóa TTHC chủ yếu dừng ở kiến nghị rút "
                "ngắn thời gian, chưa có nhiều đề xuất mang tính đột phá. Vẫn còn hồ sơ giải "
                "quyết trễ hạn, tập trung ở lĩnh vực đất đai; việc xin lỗi người dân khi trễ hạn "
                "có lúc chưa được thực hiện nghiêm. Một số xã niêm yết TTHC chưa kịp thời khi có "
                "quyết định công bố mới.",
            ),
            Paragraph(
                "Dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ còn ít; hồ sơ tiếp nhận, "
                "trả kết quả qua dịch vụ bưu chính công ích còn thấp. Cơ sở vật chất của Bộ phận "
                "một cửa cấp xã còn thiếu thốn; đường truyền internet tại các xã vùng cao chậm, "
                "thường xuyên gián đoạn; phần mềm một cửa điện tử chưa liên thông đầy đủ với các "
                "phần mềm chuyên ngành.",
            ),
            Paragraph(
                "Nguyên nhân khách quan: TTHC thường xuyên thay đổi theo văn bản của Trung ương; "
                "địa bàn rộng, dân cư phân tán, trình độ dân trí ở vùng đồng bào dân tộc thiểu "
                "số còn hạn chế; người dân chưa có thói quen sử dụng dịch vụ công trực tuyến. "
                "Nguyên nhân chủ quan: Một số cơ quan phối hợp giải quyết hồ sơ liên thông chưa "
                "chặt chẽ; kỹ năng, tinh thần phục vụ của một bộ phận công chức chưa đáp ứng yêu "
                "cầu.",
            ),
        ),
        "P2.I.2": (
            Paragraph(
                "Các nhiệm vụ trọng tâm về cải cách TTHC giai đoạn 2021-2030:",
            ),
            Paragraph(
                "- Tiếp tục rà soát, đơn giản hóa TTHC, cắt giảm thành phần hồ sơ, thời gian "
                "giải quyết; kiểm soát chặt chẽ việc thực hiện TTHC tại cấp huyện, cấp xã.",
                "bullet",
            ),
            Paragraph(
                "- Thực hiện hiệu quả Nghị định số 61/2018/NĐ-CP, mở rộng liên thông cùng cấp, "
                "giữa các cấp và hình thức “bốn tại chỗ”; hiện đại hóa Bộ phận một cửa cấp xã.",
                "bullet",
            ),
            Paragraph(
                "- Tăng số dịch vụ công trực tuyến mức độ 3, 4 có phát sinh hồ sơ; tích hợp với "
                "Cổng Dịch vụ công quốc gia; hỗ trợ người dân nộp hồ sơ trực tuyến và khuyến "
                "khích sử dụng dịch vụ bưu chính công ích.",
                "bullet",
            ),
            Paragraph(
                "- Nhân rộng mô hình tiếp nhận và trả kết quả lưu động tại thôn, bản; tổ chức đo "
                "lường sự hài lòng của người dân định kỳ, công khai kết quả.",
                "bullet",
            ),
        ),
    },
    "tai_chinh_ke_hoach": {
        "P1.II.5.1": (
            Paragraph(
                "Thực hiện Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 và Nghị định số "
                "117/2013/NĐ-CP ngày 07/10/2013 của Chính phủ về chế độ tự chủ, tự chịu trách "
                "nhiệm về sử dụng biên chế và kinh phí quản lý hành chính, các cơ quan hành "
                "chính thuộc UBND huyện đã triển khai cơ chế tự chủ, xây dựng quy chế chi tiêu "
                "nội bộ công khai, dân chủ; kinh phí tiết kiệm được dùng để tăng thu nhập theo "
                "quy định. Việc công khai ngân sách, công khai tài sản công được thực hiện theo "
                "Luật Quản lý, sử dụng tài sản công năm 2017 và Nghị định số 151/2017/NĐ-CP.",
            ),
            Paragraph(
                "Các đơn vị sự nghiệp công lập thực hiện tự chủ theo Nghị định số 43/2006/NĐ-CP, "
                "từ năm 2015 theo Nghị định số 16/2015/NĐ-CP ngày 14/02/2015 của Chính phủ; phần "
                "lớn là đơn vị do ngân sách nhà nước bảo đảm chi thường xuyên, một số đơn vị có "
                "nguồn thu như Ban Quản lý dự án đầu tư xây dựng huyện đã chuyển sang tự bảo đảm "
                "chi thường xuyên và chi đầu tư.",
            ),
            Paragraph(
                "Chính sách tiền lương được thực hiện kịp thời khi Chính phủ điều chỉnh mức "
                "lương cơ sở; các chính sách an sinh xã hội đối với người có công, hộ nghèo, "
                "đồng bào dân tộc thiểu số được chi trả đúng đối tượng. Xã hội hóa được đẩy mạnh "
                "theo Nghị định số 69/2008/NĐ-CP và Nghị định số 59/2014/NĐ-CP: nhân dân, doanh "
                "nghiệp đóng góp xây dựng trường lớp, hỗ trợ học sinh nghèo, tham gia các hoạt "
                "động y tế, dân số - kế hoạch hóa gia đình, thể dục, thể thao.",
            ),
        ),
        "P1.II.5.2": (
            Paragraph(
                "Hạn chế: Quy chế chi tiêu nội bộ của một số đơn vị chậm được sửa đổi khi chế "
                "độ, định mức thay đổi; phần kinh phí tiết kiệm để tăng thu nhập còn thấp. Các "
                "đơn vị sự nghiệp công lập chủ yếu vẫn do ngân sách nhà nước bảo đảm, khả năng "
                "tự chủ còn hạn chế; công tác xã hội hóa chưa mạnh, chủ yếu ở khu vực thị trấn.",
            ),
            Paragraph(
                "Việc công khai tài sản, cập nhật cơ sở dữ liệu tài sản công ở một số trường học "
                "và UBND một số xã chưa đầy đủ, kịp thời; việc kiểm kê tài sản còn hình thức.",
            ),
            Paragraph(
                "Nguyên nhân khách quan: Hướng Hóa là huyện miền núi, nguồn thu ngân sách hạn "
                "chế, đời sống người dân còn khó khăn nên khả năng huy động xã hội hóa thấp; "
                "phần lớn đơn vị sự nghiệp thuộc lĩnh vực giáo dục, nguồn thu sự nghiệp rất hạn "
                "chế. Nguyên nhân chủ quan: Công chức kế toán ở một số đơn vị làm kiêm nhiệm, "
                "năng lực còn hạn chế; một số đơn vị chưa chủ động khai thác nguồn thu sự "
                "nghiệp.",
            ),
        ),
        "P2.I.5": (
            Paragraph(
                "Các nhiệm vụ về cải cách tài chính công giai đoạn 2021-2030:",
            ),
            Paragraph(
                "- Tiếp tục thực hiện cơ chế tự chủ tại các cơ quan hành chính; rà soát quy chế "
                "chi tiêu nội bộ gắn với hiệu quả thực hiện nhiệm vụ.",
                "bullet",
            ),
            Paragraph(
                "- Xây dựng lộ trình nâng mức tự chủ của các đơn vị sự nghiệp công lập có nguồn "
                "thu; thực hiện giá dịch vụ sự nghiệp công theo lộ trình của Nhà nước.",
                "bullet",
            ),
            Paragraph(
                "- Quản lý chặt chẽ tài sản công, cập nhật đầy đủ cơ sở dữ liệu tài sản công; "
                "thực hiện công khai ngân sách đúng quy định.",
                "bullet",
            ),
            Paragraph(
                "- Đẩy mạnh xã hội hóa phù hợp với điều kiện miền núi; triển khai chính sách "
                "tiền lương mới theo Nghị quyết số 27-NQ/TW ngày 21/5/2018 của Hội nghị Trung "
                "ương bảy khóa XII.",
                "bullet",
            ),
        ),
    },
    "kinh_te_ha_tang": {
        "P1.II.6.2": (
            Paragraph(
                "Thực hiện Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ, "
                "UBND huyện đã xây dựng, áp dụng và công bố hệ thống quản lý chất lượng theo "
                "TCVN ISO 9001:2008 đối với các TTHC thuộc thẩm quyền giải quyết của cấp huyện. "
                "Hệ thống được duy trì, cải tiến hằng năm thông qua đánh giá nội bộ và xem xét "
                "của lãnh đạo.",
            ),
            Paragraph(
                "Năm 2018, theo kế hoạch của UBND tỉnh, UBND huyện chỉ đạo mở rộng việc áp dụng "
                "đến UBND các xã, thị trấn, đồng thời chuyển đổi hệ thống quản lý chất lượng "
                "sang TCVN ISO 9001:2015. Phòng Kinh tế và Hạ tầng là đầu mối, phối hợp với tổ "
                "chức tư vấn xây dựng tài liệu và đánh giá nội bộ; Chủ tịch UBND huyện và Chủ "
                "tịch UBND các xã, thị trấn đã ký công bố hệ thống, thông báo đến Sở Khoa học và "
                "Công nghệ.",
            ),
            Paragraph(
                "Việc áp dụng hệ thống quản lý chất lượng đã giúp chuẩn hóa quy trình giải quyết "
                "công việc, phân định rõ trách nhiệm của từng công chức và tạo thuận lợi cho "
                "việc kiểm tra, giám sát. Tuy nhiên, ở một số xã việc duy trì còn hình thức, quy "
                "trình chưa được cập nhật kịp thời khi TTHC thay đổi; sau sáp nhập, xã Lìa phải "
                "xây dựng lại hệ thống tài liệu và công bố lại theo tên đơn vị hành chính mới.",
            ),
        ),
        "P1.II.6.2.tt": (
            Paragraph(
                "Hạn chế: Việc duy trì hệ thống quản lý chất lượng ở một số xã còn hình thức; "
                "quy trình chưa được cập nhật kịp thời khi TTHC được sửa đổi, bổ sung; đánh giá "
                "nội bộ chủ yếu do tổ chức tư vấn thực hiện.",
            ),
            Paragraph(
                "Nguyên nhân: Công chức làm đầu mối ISO ở cấp xã làm kiêm nhiệm, thường xuyên "
                "thay đổi; kinh phí duy trì hệ thống hằng năm còn hạn chế.",
            ),
        ),
        "P2.I.6": (
            Paragraph(
                "Về hệ thống quản lý chất lượng và trụ sở làm việc:",
            ),
            Paragraph(
                "- Duy trì, cải tiến hệ thống quản lý chất lượng theo TCVN ISO 9001:2015 tại "
                "UBND huyện và UBND các xã, thị trấn; từng bước áp dụng hệ thống trên môi trường "
                "điện tử, gắn với phần mềm một cửa điện tử.",
                "bullet",
            ),
            Paragraph(
                "- Bố trí kinh phí hằng năm cho việc duy trì, đánh giá nội bộ hệ thống; bồi "
                "dưỡng đội ngũ công chức làm công tác đánh giá nội bộ ở cấp huyện, cấp xã.",
                "bullet",
            ),
            Paragraph(
                "- Rà soát, lập kế hoạch đầu tư trụ sở làm việc cấp xã theo tiêu chuẩn, định "
                "mức; ưu tiên xã Lìa và các xã biên giới có trụ sở đã xuống cấp, bảo đảm diện "
                "tích bố trí Bộ phận một cửa.",
                "bullet",
            ),
        ),
    },
    "van_hoa_thong_tin": {
        "P1.II.6.1": (
            Paragraph(
                "Hạ tầng công nghệ thông tin từng bước được đầu tư; mạng nội bộ (LAN) được triển "
                "khai tại các cơ quan chuyên môn và nhiều xã, thị trấn. Mạng truyền số liệu "
                "chuyên dùng của các cơ quan Đảng, Nhà nước đã được triển khai đến UBND huyện và "
                "mở rộng đến một số xã. Chứng thư số chuyên dùng do Ban Cơ yếu Chính phủ cấp cho "
                "cơ quan, đơn vị và lãnh đạo được sử dụng để ký số văn bản điện tử.",
            ),
            Paragraph(
                "Phần mềm quản lý văn bản và điều hành được triển khai tại UBND huyện và các cơ "
                "quan chuyên môn, từ năm 2017 mở rộng đến UBND các xã, thị trấn. Văn bản điện tử "
                "ngày càng được sử dụng nhiều; hệ thống quản lý văn bản của huyện được kết nối "
                "với hệ thống của tỉnh và Trục liên thông văn bản quốc gia. Hộp thư điện tử công "
                "vụ được cấp cho cán bộ, công chức và sử dụng trong trao đổi công việc.",
            ),
            Paragraph(
                "Cổng thông tin điện tử huyện cung cấp thông tin theo Nghị định số "
                "43/2011/NĐ-CP; từ năm 2018, UBND các xã, thị trấn có trang thông tin điện tử "
                "thành phần. Các phần mềm chuyên ngành về hộ tịch, kế toán, đất đai được khai "
                "thác hiệu quả; các cơ quan, xã, thị trấn phân công công chức kiêm nhiệm quản "
                "trị hệ thống và được tập huấn về an toàn thông tin.",
            ),
        ),
        "P1.II.6.3": (
            Paragraph(
                "Giai đoạn 2011-2020, trụ sở làm việc của HĐND, UBND "
                "huyện và các cơ quan chuyên môn từng bước được cải tạo, sửa chữa; Bộ phận tiếp "
                "nhận và trả kết quả huyện được bố trí tại tầng trệt, có lối đi thuận tiện cho "
                "người dân, người khuyết tật.",
            ),
            Paragraph(
                "Ở cấp xã, nhiều trụ sở UBND xã được xây mới, nâng cấp từ ngân sách tỉnh, ngân "
                "sách huyện, lồng ghép nguồn vốn các chương trình mục tiêu quốc gia xây dựng "
                "nông thôn mới, giảm nghèo bền vững. Các công trình được đầu tư theo tiêu chuẩn, "
                "định mức, ưu tiên bố trí phòng làm việc của Bộ phận một cửa.",
            ),
            Paragraph(
                "Tuy nhiên, trụ sở làm việc của một số xã vùng cao đã xuống cấp, thiếu phòng làm "
                "việc và hội trường; xã Lìa sau sáp nhập đang tạm thời sử dụng trụ sở của xã cũ, "
                "cần được đầu tư mở rộng để đáp ứng yêu cầu làm việc của bộ máy mới.",
            ),
        ),
        "P1.II.6.4": (
            Paragraph(
                "Hạn chế: Hạ tầng công nghệ thông tin ở các xã vùng cao còn yếu, đường truyền "
                "chậm, thường xuyên gián đoạn khi mất điện hoặc mưa bão; nhiều thiết bị đã cũ, "
                "lạc hậu. Mạng truyền số liệu chuyên dùng chưa được triển khai đến tất cả các "
                "xã. Việc sử dụng phần mềm quản lý văn bản ở một số xã chưa thường xuyên, còn "
                "song song văn bản giấy; chữ ký số chưa được sử dụng đầy đủ ở cấp xã; hộp thư "
                "công vụ ít được sử dụng.",
            ),
            Paragraph(
                "Trang thông tin điện tử cấp xã cập nhật thông tin chậm, nội dung còn nghèo nàn; "
                "dịch vụ công trực tuyến có phát sinh hồ sơ còn ít; công tác bảo đảm an toàn, an "
                "ninh thông tin chưa được quan tâm đúng mức.",
            ),
            Paragraph(
                "Nguyên nhân khách quan: Địa hình phức tạp, chi phí đầu tư hạ tầng lớn trong khi "
                "nguồn kinh phí hạn hẹp; thiếu nhân lực chuyên trách về công nghệ thông tin ở cơ "
                "sở. Nguyên nhân chủ quan: Lãnh đạo một số đơn vị chưa gương mẫu sử dụng văn bản "
                "điện tử; kỹ năng ứng dụng công nghệ thông tin của một bộ phận công chức còn hạn "
                "chế.",
            ),
        ),
        "P2.I.6": (
            Paragraph(
                "Về ứng dụng công nghệ thông tin và xây dựng chính quyền điện tử:",
            ),
            Paragraph(
                "- Xây dựng chính quyền điện tử theo Nghị quyết số 17/NQ-CP ngày 07/3/2019 của "
                "Chính phủ và Kiến trúc Chính quyền điện tử của tỉnh; kết nối, chia sẻ dữ liệu "
                "giữa các hệ thống thông tin.",
                "bullet",
            ),
            Paragraph(
                "- Đầu tư nâng cấp hạ tầng, mở rộng mạng truyền số liệu chuyên dùng đến tất cả "
                "các xã; thay thế thiết bị cũ, lạc hậu ở cấp xã.",
                "bullet",
            ),
            Paragraph(
                "- Đẩy mạnh gửi, nhận văn bản điện tử có ký số đến cấp xã; xử lý hồ sơ công việc "
                "trên môi trường mạng.",
                "bullet",
            ),
            Paragraph(
                "- Đào tạo nhân lực công nghệ thông tin, bảo đảm an toàn thông tin; nâng cao "
                "chất lượng trang thông tin điện tử của các xã, thị trấn.",
                "bullet",
            ),
        ),
    },
    "tt_khe_sanh": {
        "P1.I.1": (
            Paragraph(
                "Thực hiện kế hoạch CCHC của UBND huyện, hằng năm UBND thị trấn Khe Sanh ban "
                "hành kế hoạch CCHC, kế hoạch tuyên truyền và phân công nhiệm vụ cụ thể cho từng "
                "công chức. Chủ tịch UBND thị trấn trực tiếp chỉ đạo, lồng ghép nội dung CCHC "
                "vào các cuộc giao ban và hội nghị ở khu dân cư.",
            ),
            Paragraph(
                "Là trung tâm kinh tế, chính trị của huyện, thị trấn tiếp nhận lượng hồ sơ TTHC "
                "lớn, nhất là lĩnh vực chứng thực, hộ tịch, đất đai. UBND thị trấn chú trọng kỷ "
                "luật, kỷ cương hành chính, công khai số điện thoại đường dây nóng của lãnh đạo "
                "UBND để người dân phản ánh.",
            ),
        ),
        "P1.II.2.1.d": (
            Paragraph(
                "Bộ phận một cửa của thị trấn được kiện toàn theo Nghị định số 61/2018/NĐ-CP, bố "
                "trí phòng làm việc riêng, trang bị máy tính, máy quét và kết nối phần mềm một "
                "cửa điện tử. Công chức Tư pháp - Hộ tịch, Địa chính - Xây dựng, Văn hóa - Xã "
                "hội làm việc tại Bộ phận theo lịch.",
            ),
            Paragraph(
                "Thị trấn thực hiện liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ "
                "bảo hiểm y tế cho trẻ em dưới sáu tuổi; hướng dẫn người dân nộp hồ sơ trực "
                "tuyến. Hồ sơ được giải quyết ngày càng nhanh, đúng hạn; người dân hài lòng với "
                "thái độ phục vụ của công chức.",
            ),
        ),
        "P1.III.2": (
            Paragraph(
                "Hạn chế: Phòng làm việc của Bộ phận một cửa chật hẹp so với lượng người đến "
                "giao dịch; vẫn còn hồ sơ đất đai giải quyết trễ hạn; người dân ít sử dụng dịch "
                "vụ công trực tuyến.",
            ),
            Paragraph(
                "Nguyên nhân khách quan: Khối lượng hồ sơ lớn trong khi số công chức có hạn; hồ "
                "sơ đất đai phức tạp, phải xác minh nguồn gốc. Nguyên nhân chủ quan: Kỹ năng ứng "
                "dụng công nghệ thông tin của một số công chức còn hạn chế.",
            ),
        ),
        "P2.II.2": (
            Paragraph(
                "Đề nghị UBND huyện bố trí kinh phí cải tạo, mở rộng Bộ phận một cửa của thị "
                "trấn, trang bị thêm thiết bị phục vụ tiếp nhận hồ sơ trực tuyến; tổ chức tập "
                "huấn sử dụng phần mềm một cửa điện tử và dịch vụ công trực tuyến cho công chức.",
            ),
            Paragraph(
                "Đề nghị các phòng chuyên môn và Chi nhánh Văn phòng đăng ký đất đai huyện phối "
                "hợp chặt chẽ, bảo đảm thời hạn giải quyết hồ sơ đất đai liên thông.",
            ),
        ),
    },
    "xa_lia": {
        "P1.I.1": (
            Paragraph(
                "Xã Lìa được thành lập trên cơ sở sáp nhập toàn bộ diện tích tự nhiên và quy mô "
                "dân số của xã A Túc và xã A Xing theo Nghị quyết số 832/NQ-UBTVQH14 của Ủy ban "
                "Thường vụ Quốc hội, chính thức hoạt động từ ngày 01/01/2020. Báo cáo này tổng "
                "hợp kết quả CCHC của xã A Túc, xã A Xing giai đoạn 2011-2019 và của xã Lìa từ "
                "đầu năm 2020.",
            ),
            Paragraph(
                "Trước sáp nhập, UBND hai xã đã ban hành kế hoạch CCHC hằng năm, thực hiện cơ "
                "chế một cửa và tuyên truyền CCHC đến nhân dân. Sau sáp nhập, Đảng ủy, UBND xã "
                "Lìa tập trung ổn định tổ chức, ban hành quy chế làm việc, phân công lại nhiệm "
                "vụ và ban hành kế hoạch CCHC năm 2020; việc tuyên truyền được thực hiện bằng "
                "tiếng Vân Kiều, tiếng Pa Kô thông qua già làng, trưởng bản, người có uy tín.",
            ),
        ),
        "P1.II.2.1.d": (
            Paragraph(
                "Sau sáp nhập, UBND xã đã kiện toàn Bộ phận tiếp nhận và trả kết quả theo Nghị "
                "định số 61/2018/NĐ-CP, bố trí tại trụ sở UBND xã. Xã đã bàn giao, hợp nhất sổ "
                "sách, hồ sơ hộ tịch, chứng thực, hồ sơ địa chính của hai xã cũ; cập nhật tên "
                "đơn vị hành chính mới trên phần mềm một cửa điện tử, phần mềm hộ tịch và niêm "
                "yết lại bộ TTHC.",
            ),
            Paragraph(
                "Để người dân ở các thôn xa không phải đi lại nhiều, xã tạm thời duy trì điểm "
                "tiếp nhận hồ sơ tại trụ sở xã cũ, công chức trực theo lịch. UBND xã hướng dẫn "
                "người dân rằng giấy tờ đã được cấp trước khi sáp nhập tiếp tục có giá trị sử "
                "dụng, chỉ điều chỉnh khi người dân có nhu cầu.",
            ),
        ),
        "P1.III.2": (
            Paragraph(
                "Hạn chế: Khối lượng công việc sắp xếp sau sáp nhập lớn; việc chuyển đổi dữ "
                "liệu, hồ sơ lưu trữ của hai xã cũ chưa hoàn thành; việc bố trí cán bộ, công "
                "chức dôi dư chưa dứt điểm. Trụ sở làm việc chật hẹp, đường truyền mạng yếu; "
                "trình độ công chức không đồng đều; người dân chưa quen sử dụng dịch vụ công "
                "trực tuyến.",
            ),
            Paragraph(
                "Nguyên nhân khách quan: Địa bàn xã rộng hơn sau sáp nhập, giao thông đi lại khó "
                "khăn nhất là vào mùa mưa; dịch bệnh Covid-19 đầu năm 2020 ảnh hưởng đến việc tổ "
                "chức hội nghị, tập huấn. Nguyên nhân chủ quan: Một số công chức chưa thành thạo "
                "phần mềm, còn lúng túng khi đảm nhận nhiệm vụ mới.",
            ),
        ),
        "P2.II.2": (
            Paragraph(
                "Đề nghị UBND huyện sớm có phương án bố trí, giải quyết chế độ đối với cán bộ, "
                "công chức dôi dư sau sáp nhập; hỗ trợ kinh phí cải tạo, mở rộng trụ sở và Bộ "
                "phận một cửa; đầu tư đường truyền và thiết bị công nghệ thông tin cho xã.",
            ),
            Paragraph(
                "Đề nghị Phòng Tư pháp, Văn phòng HĐND và UBND huyện hỗ trợ xã chuyển đổi dữ "
                "liệu hộ tịch, cập nhật tên đơn vị hành chính mới trên các phần mềm dùng chung; "
                "tổ chức tập huấn nghiệp vụ cho công chức xã.",
            ),
        ),
    },
}
