<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+19"/>
        <source>VLM Workbench: OCR of medical documents with vision-language models, checked by a person.</source>
        <translation>VLM Workbench: 사람이 확인하는, 비전-언어 모델 기반 의료 문서 OCR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a picture of the window to &lt;png&gt; once the document is open, then quit.</source>
        <translation>문서가 열리면 창 이미지를 &lt;png&gt;에 저장한 다음 종료합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document to open.</source>
        <translation>열 문서.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot write the screenshot %1.</source>
        <translation>스크린샷 %1을(를) 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::cli</name>
    <message>
        <location filename="../app/cli/commands.cpp" line="+20"/>
        <source>Read documents with a vision-language model.</source>
        <translation>비전-언어 모델로 문서를 읽습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure CER, WER, drug and dose accuracy on a held-out set.</source>
        <translation>홀드아웃 세트에서 CER, WER, 약품명 및 용량 정확도를 측정합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train or fine-tune a model of one pattern.</source>
        <translation>한 가지 패턴의 모델을 학습하거나 미세 조정합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render a synthetic medical-document corpus.</source>
        <translation>합성 의료 문서 코퍼스를 렌더링합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimate visual tokens, memory and FLOPs of a model.</source>
        <translation>모델의 시각 토큰, 메모리 및 FLOPs를 추정합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read one line image and write its attention run bundle.</source>
        <translation>한 줄 이미지를 읽고 어텐션 실행 번들을 씁니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/command_export.cpp" line="+35"/>
        <location filename="../app/cli/commands.cpp" line="-3"/>
        <source>Export verified corrections from a review database.</source>
        <translation>검토 데이터베이스에서 검증된 수정 사항을 내보냅니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The review database (SQLite file).</source>
        <translation>검토 데이터베이스(SQLite 파일).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FILE</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>csv, json, jsonl (training pairs) or fhir (FHIR R4).</source>
        <translation>csv, json, jsonl(학습 쌍) 또는 fhir(FHIR R4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>형식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to this file instead of stdout.</source>
        <translation>stdout 대신 이 파일에 씁니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>경로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the line crops of jsonl (default: next to --out).</source>
        <translation>jsonl용 줄 크롭 이미지 폴더(기본값: --out 옆).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FOLDER</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vlmwb-cli export: --db FILE is required.</source>
        <translation>vlmwb-cli export: --db 파일을 지정해야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vlmwb-cli export: unknown format &apos;%1&apos;; use csv, json, jsonl or fhir.</source>
        <translation>vlmwb-cli export: 알 수 없는 형식 &apos;%1&apos;입니다. csv, json, jsonl 또는 fhir를 사용하십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The review database %1 does not exist.</source>
        <translation>검토 데이터베이스 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The export cannot be written to %1 (%2).</source>
        <translation>내보낸 데이터를 %1에 쓸 수 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %n verified finding(s) to %1.</source>
        <translation>검증된 검출 항목 %n건을 %1(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/commands.cpp" line="+2"/>
        <source>Run the speed and memory benchmarks.</source>
        <translation>속도 및 메모리 벤치마크를 실행합니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/command_attention.cpp" line="+23"/>
        <source>Reads one text-line image, capturing every attention map, and writes a run bundle.</source>
        <translation>텍스트 한 줄 이미지를 읽으면서 모든 어텐션 맵을 기록하고 실행 번들을 씁니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cross_attention, projection or early_fusion.</source>
        <translation>cross_attention, projection 또는 early_fusion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pattern</source>
        <translation>패턴</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read with the model in &lt;folder&gt; instead of the pattern&apos;s default model.</source>
        <translation>패턴의 기본 모델 대신 &lt;folder&gt;의 모델로 읽습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The text-line image to read.</source>
        <translation>읽을 텍스트 줄 이미지.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bundle folder to write (created when missing).</source>
        <translation>쓸 번들 폴더(없으면 만듭니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>auto, cpu or cuda (default auto).</source>
        <translation>auto, cpu 또는 cuda (기본값 auto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate at most &lt;n&gt; tokens (default 96).</source>
        <translation>최대 &lt;n&gt;개의 토큰을 생성합니다(기본값 96).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vlmwb-cli attention: --pattern needs cross_attention, projection or early_fusion.</source>
        <translation>vlmwb-cli attention: --pattern에는 cross_attention, projection 또는 early_fusion이 필요합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>vlmwb-cli attention: name the line image (--line) and the bundle folder (--out).</source>
        <translation>vlmwb-cli attention: 줄 이미지(--line)와 번들 폴더(--out)를 지정하십시오.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vlmwb-cli attention: --max-tokens needs a whole number from 1 to 4096.</source>
        <translation>vlmwb-cli attention: --max-tokens에는 1에서 4096 사이의 정수가 필요합니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vlmwb-cli attention: the image %1 cannot be read: %2</source>
        <translation>vlmwb-cli attention: 이미지 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+32"/>
        <source>vlmwb-cli attention: %1</source>
        <translation>vlmwb-cli attention: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>vlmwb-cli attention: reading %1 failed: %2</source>
        <translation>vlmwb-cli attention: %1 읽기에 실패했습니다: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote the attention bundle of &quot;%1&quot; (%2 maps) to %3.</source>
        <translation>&quot;%1&quot;의 어텐션 번들(맵 %2개)을 %3에 썼습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core</name>
    <message>
        <location filename="../core/csv_reader.cpp" line="+42"/>
        <source>%1, line %2: the text is not valid UTF-8; save the file as UTF-8.</source>
        <translation>%1, %2행: 텍스트가 올바른 UTF-8이 아닙니다. 파일을 UTF-8로 저장하십시오.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1, line %2: text follows a closing quote in field %3; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation>%1, %2행: 필드 %3에서 닫는 따옴표 뒤에 텍스트가 있습니다. 따옴표로 묶인 필드 안의 따옴표는 두 번 써야 합니다(&quot;&quot;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: a quote appears inside unquoted field %3; quote the whole field and double the inner quote.</source>
        <translation>%1, %2행: 따옴표로 묶이지 않은 필드 %3 안에 따옴표가 있습니다. 필드 전체를 따옴표로 묶고 안쪽 따옴표는 두 번 쓰십시오.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, line %2: a quoted field is never closed; the file ends inside it.</source>
        <translation>%1, %2행: 따옴표로 묶인 필드가 닫히지 않았습니다. 필드 안에서 파일이 끝납니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1: 파일을 열 수 없습니다(%2).</translation>
    </message>
    <message>
        <location filename="../core/dose_parser.cpp" line="+79"/>
        <source>&quot;%1&quot; has a trailing zero and can be read as ten times the dose; write %2 %3.</source>
        <translation>&quot;%1&quot;에는 불필요한 끝자리 0이 있어 용량의 10배로 읽힐 수 있습니다. %2 %3(으)로 표기하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; has no zero before the decimal point and can be read as %2 %3; write 0%1.</source>
        <translation>&quot;%1&quot;은(는) 소수점 앞에 0이 없어 %2 %3(으)로 읽힐 수 있습니다. 0%1(으)로 표기하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; uses a comma as the decimal point; it was read as %2 %3, check it.</source>
        <translation>&quot;%1&quot;은(는) 소수점으로 쉼표를 사용합니다. %2 %3(으)로 읽었으니 확인하십시오.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; for units can be read as 0 or 4 (4U as 40); write &quot;units&quot;.</source>
        <translation>단위를 뜻하는 &quot;%1&quot;은(는) 0 또는 4로 읽힐 수 있습니다(4U를 40으로). &quot;units&quot;로 표기하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; can be read as IV or 10; write &quot;units&quot;.</source>
        <translation>&quot;%1&quot;은(는) IV 또는 10으로 읽힐 수 있습니다. &quot;units&quot;로 표기하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; can be read as &quot;U&quot; (units); write &quot;mL&quot;.</source>
        <translation>&quot;%1&quot;은(는) &quot;U&quot;(units)로 읽힐 수 있습니다. &quot;mL&quot;로 표기하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; can be read as mg, a thousandfold overdose; write &quot;mcg&quot;.</source>
        <translation>&quot;%1&quot;은(는) mg으로 읽혀 1000배 과량 투여가 될 수 있습니다. &quot;mcg&quot;로 표기하십시오.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&quot;%1&quot; can be read as QID (four times a day); write &quot;daily&quot;.</source>
        <translation>&quot;%1&quot;은(는) QID(하루 4회)로 읽힐 수 있습니다. &quot;daily&quot;로 표기하십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; can be read as QD (daily) or QID (four times a day); write &quot;every other day&quot;.</source>
        <translation>&quot;%1&quot;은(는) QD(하루 1회) 또는 QID(하루 4회)로 읽힐 수 있습니다. &quot;every other day&quot;로 표기하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; can be read as half-strength; write &quot;at bedtime&quot;.</source>
        <translation>&quot;%1&quot;은(는) 절반 농도(half-strength)로 읽힐 수 있습니다. &quot;at bedtime&quot;으로 표기하십시오.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; can be read as SL (sublingual) or as &quot;5 every&quot;; write &quot;subcut&quot;.</source>
        <translation>&quot;%1&quot;은(는) SL(설하) 또는 &quot;5 every&quot;로 읽힐 수 있습니다. &quot;subcut&quot;으로 표기하십시오.</translation>
    </message>
    <message>
        <location filename="../core/dose_plausibility.cpp" line="+50"/>
        <source>%1 is usually dosed in %2, not %3; &quot;%4&quot; may be a misreading of %5 %2.</source>
        <translation>%1은(는) 보통 %3이(가) 아니라 %2 단위로 투여합니다. &quot;%4&quot;은(는) %5 %2을(를) 잘못 읽은 것일 수 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is usually dosed in %2; check the unit of &quot;%3&quot;.</source>
        <translation>%1은(는) 보통 %2 단위로 투여합니다. &quot;%3&quot;의 단위를 확인하십시오.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; of %2 is more than ten times its largest usual strength (%3).</source>
        <translation>%2 &quot;%1&quot;은(는) 통상 최대 함량(%3)의 10배를 초과합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; of %2 is less than a tenth of its smallest usual strength (%3).</source>
        <translation>%2 &quot;%1&quot;은(는) 통상 최소 함량(%3)의 10분의 1 미만입니다.</translation>
    </message>
    <message>
        <location filename="../core/review_database.cpp" line="+27"/>
        <source>The review database %1 is locked by another program or window that is writing to it; the change was not saved. Try again in a moment (%2).</source>
        <translation>검토 데이터베이스 %1에 쓰고 있는 다른 프로그램이나 창이 데이터베이스를 잠갔으므로 변경 사항이 저장되지 않았습니다. 잠시 후 다시 시도하십시오(%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The review database %1 cannot be written: the file or its folder is read-only, so nothing was saved (%2).</source>
        <translation>검토 데이터베이스 %1에 쓸 수 없습니다. 파일 또는 폴더가 읽기 전용이어서 아무것도 저장되지 않았습니다(%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The review database %1 cannot be opened or created (%2).</source>
        <translation>검토 데이터베이스 %1을(를) 열거나 만들 수 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a review database: the file is damaged or is another kind of file (%2). It was left untouched.</source>
        <translation>%1은(는) 검토 데이터베이스가 아닙니다. 파일이 손상되었거나 다른 종류의 파일입니다(%2). 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk holding the review database %1 is full: the last change was not saved, earlier work is intact. Free some space and try again (%2).</source>
        <translation>검토 데이터베이스 %1이(가) 있는 디스크가 가득 찼습니다. 마지막 변경 사항은 저장되지 않았으며 이전 작업은 그대로 남아 있습니다. 공간을 확보한 후 다시 시도하십시오(%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The review database %1 refused the change (%2).</source>
        <translation>검토 데이터베이스 %1이(가) 변경을 거부했습니다(%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review database %1 reported an error (%2).</source>
        <translation>검토 데이터베이스 %1에서 오류를 보고했습니다(%2).</translation>
    </message>
    <message>
        <location filename="../core/engine_recognizer.cpp" line="+65"/>
        <source>Unknown device &apos;%1&apos;: use auto, cpu or cuda.</source>
        <translation>알 수 없는 장치 &apos;%1&apos;입니다. auto, cpu 또는 cuda를 사용하십시오.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot open the model in %1: %2</source>
        <translation>%1의 모델을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/ocr_pipeline.cpp" line="+169"/>
        <source>Reading %1 with the model in %2 failed: %3</source>
        <translation>%2의 모델로 %1을(를) 읽지 못했습니다: %3</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::AcceptFindingCommand</name>
    <message>
        <location filename="../core/review_commands.cpp" line="+65"/>
        <source>Accept %1</source>
        <translation>%1 승인</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::AttentionBlocks</name>
    <message>
        <location filename="../core/attention_blocks.cpp" line="+32"/>
        <source>visual→visual</source>
        <translation>시각→시각</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>visual→text</source>
        <translation>시각→텍스트</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text→visual</source>
        <translation>텍스트→시각</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>text→text</source>
        <translation>텍스트→텍스트</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>visual</source>
        <translation>시각</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The %1 block is structurally absent: the %2 attention holds no %3 tokens.</source>
        <translation>%1 블록은 구조적으로 없습니다: %2 어텐션에는 %3 토큰이 없습니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The %1 block is structurally absent: the mask of the %2 attention never lets %3 tokens see %4 tokens.</source>
        <translation>%1 블록은 구조적으로 없습니다: %2 어텐션의 마스크는 %3 토큰이 %4 토큰을 보지 못하게 합니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The visual→text block is structurally absent: in Cross-Attention the text never enters the visual stream, so no visual token attends to text.</source>
        <translation>시각→텍스트 블록은 구조적으로 없습니다: Cross-Attention에서는 텍스트가 시각 스트림에 들어가지 않으므로 어떤 시각 토큰도 텍스트에 어텐션하지 않습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The trace holds no %1 attention for the %2 block.</source>
        <translation>트레이스에 %2 블록의 %1 어텐션이 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer %1 of the %2 attention was not captured.</source>
        <translation>%2 어텐션의 레이어 %1은(는) 기록되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Head %1 does not exist in the %2 attention (it has %3 heads).</source>
        <translation>%2 어텐션에 헤드 %1이(가) 없습니다(헤드 %3개).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The layers of the %1 attention differ in shape or are incomplete, so they cannot be averaged.</source>
        <translation>%1 어텐션의 레이어들은 모양이 다르거나 불완전하여 평균을 낼 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::AttentionBundle</name>
    <message>
        <location filename="../core/attention_bundle.cpp" line="+82"/>
        <source>%1: the key &quot;%2&quot; is missing or has the wrong type.</source>
        <translation>%1: 키 &quot;%2&quot;이(가) 없거나 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the key &quot;%2&quot; holds %3, which is not a whole number of at least %4.</source>
        <translation>%1: 키 &quot;%2&quot;의 값 %3은(는) %4 이상의 정수가 아닙니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: an entry of &quot;%2&quot; is not a span [kind, begin, end] within the map&apos;s %3 tokens.</source>
        <translation>%1: &quot;%2&quot;의 항목이 맵의 %3개 토큰 안의 구간 [kind, begin, end]가 아닙니다.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The folder %1 cannot be created.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <location line="+17"/>
        <location line="+7"/>
        <location line="+31"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>The %1 map of layer %2 holds %3 probabilities instead of %4, so the bundle %5 is not written.</source>
        <translation>레이어 %2의 %1 맵에 확률이 %4개가 아니라 %3개 있으므로 번들 %5을(를) 쓰지 않습니다.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The attention bundle file %1 cannot be read: %2</source>
        <translation>어텐션 번들 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a valid JSON object: %2 at byte %3.</source>
        <translation>%1은(는) 올바른 JSON 객체가 아닙니다: 바이트 %3에서 %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not an attention bundle: its &quot;format&quot; is not &quot;%2&quot;.</source>
        <translation>%1은(는) 어텐션 번들이 아닙니다: &quot;format&quot;이 &quot;%2&quot;이(가) 아닙니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has attention bundle version %2; this program reads version %3.</source>
        <translation>%1의 어텐션 번들 버전은 %2입니다. 이 프로그램은 버전 %3을(를) 읽습니다.</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+51"/>
        <source>The attention data file %1 cannot be read: %2</source>
        <translation>어텐션 데이터 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1: map %2 names an unknown component &quot;%3&quot;.</source>
        <translation>%1: 맵 %2이(가) 알 수 없는 구성 요소 &quot;%3&quot;을(를) 가리킵니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is %2 bytes long, too short for map %3 (%4 heads x %5 x %6) that %7 places in it; the bundle is incomplete or damaged.</source>
        <translation>%1의 길이는 %2바이트로, %7이(가) 넣은 맵 %3(헤드 %4개 x %5 x %6)에 비해 너무 짧습니다. 번들이 불완전하거나 손상되었습니다.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The image %1 cannot be read: %2</source>
        <translation>이미지 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::AttentionCrossMapping</name>
    <message>
        <location filename="../core/attention_cross_mapping.cpp" line="+37"/>
        <source>The trace holds no %1 attention for the chosen layer, so text cannot be mapped to image patches.</source>
        <translation>트레이스에 선택한 레이어의 %1 어텐션이 없으므로 텍스트를 이미지 패치에 대응시킬 수 없습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The gated cross-attention attends %1 latents but the resampler has %2, or the chosen head does not exist.</source>
        <translation>게이트 교차 어텐션은 잠재 벡터 %1개에 어텐션하지만 리샘플러에는 %2개가 있거나, 선택한 헤드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::AttentionExport</name>
    <message>
        <location filename="../core/attention_export.cpp" line="+168"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::AttentionGeometry</name>
    <message>
        <location filename="../core/attention_geometry.cpp" line="+33"/>
        <source>The trace holds no decoder attention for the chosen layer and head.</source>
        <translation>트레이스에 선택한 레이어와 헤드의 디코더 어텐션이 없습니다.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The trace has %1 visual tokens, which do not fill %2 rows of the patch grid.</source>
        <translation>트레이스의 시각 토큰 %1개는 패치 격자의 %2행을 채우지 못합니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::AttentionRollout</name>
    <message>
        <location filename="../core/attention_rollout.cpp" line="+15"/>
        <source>Attention rollout needs at least one captured layer.</source>
        <translation>어텐션 롤아웃에는 기록된 레이어가 하나 이상 필요합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attention rollout needs square maps of one size; layer %1 is %2 x %3, not %4 x %4.</source>
        <translation>어텐션 롤아웃에는 같은 크기의 정사각형 맵이 필요합니다. 레이어 %1은(는) %4 x %4가 아니라 %2 x %3입니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::CorrectAllIdenticalCommand</name>
    <message>
        <location filename="../core/review_commands.cpp" line="+21"/>
        <source>Correct every %1 to %2</source>
        <translation>모든 %1을(를) %2(으)로 수정</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::CorrectFindingCommand</name>
    <message>
        <location line="-14"/>
        <source>Correct %1 to %2</source>
        <translation>%1을(를) %2(으)로 수정</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::CorrectionExport</name>
    <message>
        <location filename="../core/correction_export.cpp" line="+160"/>
        <source>The folder %1 for the line crops cannot be created; no training pairs were written.</source>
        <translation>줄 크롭 이미지용 폴더 %1을(를) 만들 수 없어 학습 쌍을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skipped the training pair of line %1 of %2: %3</source>
        <translation>%2의 %1번째 줄 학습 쌍을 건너뛰었습니다: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped the training pair of line %1 on page %2 of %3: the document has %4 page(s) now.</source>
        <translation>%3의 %2페이지 %1번째 줄 학습 쌍을 건너뛰었습니다: 현재 문서는 %4페이지입니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skipped the training pair of line %1 of %2: its box lies outside the %3 × %4 image.</source>
        <translation>%2의 %1번째 줄 학습 쌍을 건너뛰었습니다: 경계 상자가 %3 × %4 이미지 밖에 있습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Skipped the training pair of line %1 of %2: the crop %3 cannot be written.</source>
        <translation>%2의 %1번째 줄 학습 쌍을 건너뛰었습니다: 크롭 이미지 %3을(를) 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::DocumentLoader</name>
    <message>
        <location filename="../core/document_loader.cpp" line="+25"/>
        <source>%1: the file does not exist.</source>
        <translation>%1: 파일이 존재하지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: this is a folder, not a document file.</source>
        <translation>%1: 문서 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: this is not a regular file (a pipe or a device?).</source>
        <translation>%1: 일반 파일이 아닙니다(파이프 또는 장치?).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file is %2 bytes, more than the limit of %3 bytes.</source>
        <translation>%1: 파일 크기가 %2바이트로, 제한인 %3바이트를 초과합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the file cannot be read (%2).</source>
        <translation>%1: 파일을 읽을 수 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the file is empty (0 bytes).</source>
        <translation>%1: 파일이 비어 있습니다(0바이트).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the content is not in a supported format (%2), whatever the extension says.</source>
        <translation>%1: 확장자와 관계없이 내용이 지원되는 형식이 아닙니다(%2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the content is %2 although the extension is &quot;%3&quot;; it was read as %2.</source>
        <translation>%1: 확장자는 &quot;%3&quot;이지만 내용은 %2입니다. %2(으)로 읽었습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the file holds no pages.</source>
        <translation>%1: 파일에 페이지가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/pdf_loader.cpp" line="+34"/>
        <source>%1: the PDF file is damaged or truncated; it could not be opened.</source>
        <translation>%1: PDF 파일이 손상되었거나 잘려 있어 열 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the PDF file is encrypted with a password; open an unprotected copy instead.</source>
        <translation>%1: PDF 파일이 암호로 암호화되어 있습니다. 대신 보호되지 않은 사본을 여십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the PDF file has no pages.</source>
        <translation>%1: PDF 파일에 페이지가 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: page %2 of the PDF file cannot be read.</source>
        <translation>%1: PDF 파일의 %2페이지를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: page %2 of the PDF file could not be rendered.</source>
        <translation>%1: PDF 파일의 %2페이지를 렌더링할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/raster_page.cpp" line="+54"/>
        <source>%1: the %2 image could not be decoded (%3).</source>
        <translation>%1: %2 이미지를 디코딩할 수 없습니다(%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the %2 image is truncated or corrupt; it could not be decoded.</source>
        <translation>%1: %2 이미지가 잘렸거나 손상되어 디코딩할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 images with %3 channels are not supported.</source>
        <translation>%1: 채널이 %3개인 %2 이미지는 지원되지 않습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the header gives an invalid image size of %2 × %3 pixels.</source>
        <translation>%1: 헤더에 지정된 이미지 크기 %2 × %3픽셀이 올바르지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (page %1)</source>
        <translation> (%1페이지)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%2: the image is %3 × %4 = %5 pixels, more than the limit of %6 pixels; it was not decoded. Raise the pixel limit to open it if you trust the file.</source>
        <translation>%1%2: 이미지가 %3 × %4 = %5픽셀로, 제한인 %6픽셀을 초과하여 디코딩하지 않았습니다. 신뢰할 수 있는 파일이라면 픽셀 제한을 높여서 여십시오.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the %2 file is truncated (it ends before the image data is complete).</source>
        <translation>%1: %2 파일이 잘렸습니다(이미지 데이터가 끝나기 전에 파일이 끝납니다).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the %2 header is damaged or truncated; the image size cannot be read.</source>
        <translation>%1: %2 헤더가 손상되었거나 잘려 이미지 크기를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/tiff_loader.cpp" line="+99"/>
        <source>%1: a temporary copy for decoding could not be written (%2).</source>
        <translation>%1: 디코딩용 임시 사본을 쓸 수 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: the TIFF image could not be decoded (%2).</source>
        <translation>%1: TIFF 이미지를 디코딩할 수 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: page %2 of %3 of the TIFF file is truncated or corrupt; it could not be decoded.</source>
        <translation>%1: TIFF 파일의 %3페이지 중 %2페이지가 잘렸거나 손상되어 디코딩할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: TIFF images with %2 channels are not supported.</source>
        <translation>%1: 채널이 %2개인 TIFF 이미지는 지원되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::DrugLexicon</name>
    <message>
        <location filename="../core/drug_lexicon.cpp" line="+64"/>
        <source>%1: the drug lexicon cannot be opened (%2).</source>
        <translation>%1: 약품 사전을 열 수 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: the drug lexicon is empty; it needs the header row %2.</source>
        <translation>%1: 약품 사전이 비어 있습니다. 헤더 행 %2이(가) 필요합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, line %2: the header row is &quot;%3&quot; but must be &quot;%4&quot;.</source>
        <translation>%1, %2행: 헤더 행이 &quot;%3&quot;이지만 &quot;%4&quot;이어야 합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, line %2: %3 columns where the header has %4.</source>
        <translation>%1, %2행: 헤더는 %4열인데 %3열이 있습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, line %2: the drug name (column &quot;name&quot;) is empty.</source>
        <translation>%1, %2행: 약품명(&quot;name&quot; 열)이 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: &quot;%3&quot; has no generic name (column &quot;generic&quot;).</source>
        <translation>%1, %2행: &quot;%3&quot;에 성분명(&quot;generic&quot; 열)이 없습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2: kind &quot;%3&quot; is not one of generic, brand, korean.</source>
        <translation>%1, %2행: 종류 &quot;%3&quot;은(는) generic, brand, korean 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../core/rxnorm_import.cpp" line="+138"/>
        <source>%1: the RxNorm file cannot be opened (%2).</source>
        <translation>%1: RxNorm 파일을 열 수 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1, line %2: the text is not valid UTF-8.</source>
        <translation>%1, %2행: 텍스트가 올바른 UTF-8이 아닙니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2: %3 &apos;|&apos;-separated fields where RXNCONSO.RRF has %4; is this RXNCONSO.RRF?</source>
        <translation>%1, %2행: RXNCONSO.RRF는 &apos;|&apos;로 구분된 필드가 %4개인데 %3개가 있습니다. 이 파일이 RXNCONSO.RRF입니까?</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::FindingExtractor</name>
    <message>
        <location filename="../core/finding_extractor.cpp" line="+47"/>
        <source>&quot;%1&quot; could be %2 or %3 (%4 and %5 alike); check the document.</source>
        <translation>&quot;%1&quot;은(는) %2 또는 %3일 수 있습니다(%4와(과) %5 유사). 문서를 확인하십시오.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is easily confused with %2 (%3); make sure which one is meant.</source>
        <translation>%1은(는) %2와(과) 혼동하기 쉽습니다(%3). 어느 쪽을 의도했는지 확인하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; was matched to %2 with low confidence (%3); check it against the image.</source>
        <translation>&quot;%1&quot;이(가) 낮은 신뢰도(%3)로 %2에 일치되었습니다. 이미지와 대조하여 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::FindingsTableModel</name>
    <message>
        <location filename="../core/findings_table_model.cpp" line="+101"/>
        <source>Unreviewed</source>
        <translation>미검토</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected</source>
        <translation>수정됨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>As read</source>
        <translation>판독 내용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best match</source>
        <translation>최적 일치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runner-up</source>
        <translation>차순위 후보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dose</source>
        <translation>용량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::LasaPairs</name>
    <message>
        <location filename="../core/lasa_pairs.cpp" line="+71"/>
        <source>%1, line 1: the header row must be &quot;%2&quot;.</source>
        <translation>%1, 1행: 헤더 행은 &quot;%2&quot;이어야 합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, line %2: %3 columns where the header has %4.</source>
        <translation>%1, %2행: 헤더는 %4열인데 %3열이 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, line %2: a pair needs two names.</source>
        <translation>%1, %2행: 쌍에는 이름이 두 개 필요합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, line %2: Tall Man spelling &quot;%3&quot; does not spell &quot;%4&quot;.</source>
        <translation>%1, %2행: Tall Man 표기 &quot;%3&quot;의 철자가 &quot;%4&quot;와(과) 일치하지 않습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::RejectFindingCommand</name>
    <message>
        <location filename="../core/review_commands.cpp" line="+6"/>
        <source>Reject %1</source>
        <translation>%1 거부</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::ReviewDatabase</name>
    <message>
        <location filename="../core/review_database.cpp" line="+36"/>
        <source>No review database file was given.</source>
        <translation>검토 데이터베이스 파일이 지정되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review database %1 cannot be created: its folder %2 does not exist.</source>
        <translation>검토 데이터베이스 %1을(를) 만들 수 없습니다. 폴더 %2이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The review database %1 is a folder, not a file.</source>
        <translation>검토 데이터베이스 %1은(는) 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review database %1 is a read-only file; reviews could not be saved to it.</source>
        <translation>검토 데이터베이스 %1은(는) 읽기 전용 파일이므로 검토 내용을 저장할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the review database %1 is read-only; the database needs to write its journal files there.</source>
        <translation>검토 데이터베이스 %1의 폴더가 읽기 전용입니다. 데이터베이스는 이 폴더에 저널 파일을 써야 합니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The database driver %1 is not available, so the review database %2 cannot be opened.</source>
        <translation>데이터베이스 드라이버 %1을(를) 사용할 수 없어 검토 데이터베이스 %2을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The review database %1 has schema version %2, newer than this program knows (%3); it was left untouched. Update VLM Workbench to open it.</source>
        <translation>검토 데이터베이스 %1의 스키마 버전 %2은(는) 이 프로그램이 아는 버전(%3)보다 최신이므로 데이터베이스를 변경하지 않았습니다. 열려면 VLM Workbench를 업데이트하십시오.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1, while running: %2</source>
        <translation>%1, 실행 중: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No review database is open.</source>
        <translation>열린 검토 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/review_database_writes.cpp" line="+106"/>
        <source>A finding of the run of %1 names line %2, but the run has %3 lines; the run was not saved.</source>
        <translation>%1 실행의 검출 항목이 %2번째 줄을 가리키지만 실행 결과에는 %3줄이 있습니다. 실행 결과를 저장하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>carried over from decision %1 of run %2 (identical finding)</source>
        <translation>실행 %2의 결정 %1에서 이어받음(동일한 검출 항목)</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::ReviewDecisionCommand</name>
    <message>
        <location filename="../core/review_commands.cpp" line="-38"/>
        <source>undo of: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>redo</source>
        <translation>다시 실행</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::TierVerdict</name>
    <message>
        <location filename="../core/cost_report.cpp" line="+160"/>
        <source>fits for QLoRA training with %1 to spare</source>
        <translation>QLoRA 학습 가능(%1 여유)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not fit for QLoRA training (%1 short)</source>
        <translation>QLoRA 학습 불가(%1 부족)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fits for inference with %1 to spare</source>
        <translation>추론 가능(%1 여유)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not fit for inference (%1 short)</source>
        <translation>추론 불가(%1 부족)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2: %3; %4.</source>
        <translation>%2의 %1: %3; %4.</translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::CostPanel</name>
    <message>
        <location filename="../widgets/cost_panel.cpp" line="+55"/>
        <source>x-attn</source>
        <translation>x-attn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proj</source>
        <translation>투영</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>early</source>
        <translation>초기 융합</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Model preset; the three patterns are assembled from its vision tower and decoder.</source>
        <translation>모델 프리셋입니다. 세 가지 패턴은 이 모델의 비전 타워와 디코더로 구성됩니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pattern of the FLOP breakdown.</source>
        <translation>FLOP 분석 대상 패턴입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What-if: the document&apos;s resolution in percent.</source>
        <translation>가정 분석: 문서 해상도(백분율).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export...</source>
        <translation>내보내기...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current plot as PNG or SVG, or every estimate as CSV.</source>
        <translation>현재 그래프를 PNG 또는 SVG로 저장하거나 모든 추정치를 CSV로 저장합니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Visual tokens</source>
        <translation>시각 토큰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FLOPs</source>
        <translation>FLOPs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model:</source>
        <translation>모델:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FLOPs of:</source>
        <translation>FLOPs 대상:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resolution:</source>
        <translation>해상도:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1: %2 visual tokens, %3 in fp16</source>
        <translation>%1: 시각 토큰 %2개, fp16 기준 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 x %2 px (%3%). %4</source>
        <translation>%1 x %2 px (%3%). %4</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>context limit %1</source>
        <translation>컨텍스트 한도 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>image width in pixels (aspect of the document)</source>
        <translation>이미지 너비(픽셀, 문서 종횡비)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visual tokens</source>
        <translation>시각 토큰</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KV cache</source>
        <translation>KV 캐시</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>attention scores</source>
        <translation>어텐션 점수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>activations</source>
        <translation>활성화</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>memory in GiB (prompt 32, output 64 tokens)</source>
        <translation>메모리(GiB, 프롬프트 32토큰, 출력 64토큰)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>vision encoder</source>
        <translation>비전 인코더</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connector</source>
        <translation>커넥터</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decoder attention</source>
        <translation>디코더 어텐션</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decoder FFN</source>
        <translation>디코더 FFN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cross-attention</source>
        <translation>교차 어텐션</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LM head</source>
        <translation>LM 헤드</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>prefill</source>
        <translation>프리필</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>decode</source>
        <translation>디코드</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>GFLOPs (2 x MACs), %1</source>
        <translation>GFLOPs (2 x MACs), %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not write the PNG file %1.</source>
        <translation>PNG 파일 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+6"/>
        <source>Could not write the SVG file %1.</source>
        <translation>SVG 파일 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+5"/>
        <source>Could not write the CSV file %1: %2</source>
        <translation>CSV 파일 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export cost estimate</source>
        <translation>비용 추정치 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;CSV table (*.csv)</source>
        <translation>PNG 이미지 (*.png);;SVG 드로잉 (*.svg);;CSV 표 (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/main_window.cpp" line="+58"/>
        <source>VLM Workbench</source>
        <translation>VLM Workbench</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>x %1, y %2</source>
        <translation>x %1, y %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OCR text</source>
        <translation>OCR 텍스트</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>OCR: %1 of %2 lines</source>
        <translation>OCR: %2줄 중 %1줄</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verification</source>
        <translation>검증</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention</source>
        <translation>어텐션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The attention of a run, per layer and head, will be shown here.</source>
        <translation>실행의 레이어별, 헤드별 어텐션이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>비용</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a document with File ▸ Open or drop an image here.</source>
        <translation>파일 ▸ 열기로 문서를 열거나 여기에 이미지를 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fit to Window</source>
        <translation>창에 맞추기(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Actual Size</source>
        <translation>실제 크기(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;OCR</source>
        <translation>OCR(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About VLM Workbench</source>
        <translation>VLM Workbench 정보(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Run OCR</source>
        <translation>OCR 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pattern</source>
        <translation>패턴(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model pattern OCR runs with</source>
        <translation>OCR에 사용할 모델 패턴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-Attention</source>
        <translation>교차 어텐션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projection</source>
        <translation>투영</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early Fusion</source>
        <translation>초기 융합</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Open a document before running OCR.</source>
        <translation>OCR을 실행하기 전에 문서를 여십시오.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OCR: finding lines…</source>
        <translation>OCR: 줄을 찾는 중…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <source>OCR cancelled.</source>
        <translation>OCR이 취소되었습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The document changed while OCR ran.</source>
        <translation>OCR 실행 중에 문서가 바뀌었습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Read %n line(s) with the %1 model in %2 ms.</source>
        <translation>
            <numerusform>%1 모델로 %n줄을 %2 ms 동안 읽었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>engine %1</source>
        <translation>엔진 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot run OCR</source>
        <translation>OCR을 실행할 수 없음</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open document</source>
        <translation>문서를 열 수 없음</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — VLM Workbench</source>
        <translation>%1 — VLM Workbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1</source>
        <translation>%1 열림</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open document</source>
        <translation>문서 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp);;All files (*)</source>
        <translation>이미지 (*.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CUDA (%1 GPU)</source>
        <translation>CUDA (GPU %1개)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU (%1 threads)</source>
        <translation>CPU (스레드 %1개)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About VLM Workbench</source>
        <translation>VLM Workbench 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;VLM Workbench %1&lt;/h3&gt;&lt;p&gt;Checks what vision-language models read from medical documents: OCR with three model patterns, drug-name verification, attention and cost analysis.&lt;/p&gt;&lt;p&gt;LibTorch %2 on %3; Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;VLM Workbench %1&lt;/h3&gt;&lt;p&gt;비전-언어 모델이 의료 문서에서 읽어 낸 내용을 확인합니다: 세 가지 모델 패턴을 이용한 OCR, 약품명 검증, 어텐션 및 비용 분석.&lt;/p&gt;&lt;p&gt;%3에서 실행되는 LibTorch %2; Qt %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Zoom %1%</source>
        <translation>확대/축소 %1%</translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::OcrTextPanel</name>
    <message>
        <location filename="../widgets/ocr_text_panel.cpp" line="+18"/>
        <location line="+59"/>
        <source>Run OCR on a document to see its lines here.</source>
        <translation>문서에 OCR을 실행하면 여기에 줄이 표시됩니다.</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Page %1: %n line(s).</source>
        <translation>
            <numerusform>%1페이지: %n줄.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::VerificationPanel</name>
    <message>
        <location filename="../widgets/verification_panel.cpp" line="+52"/>
        <source>Needs review only</source>
        <translation>검토 필요 항목만</translation>
    </message>
    <message numerus="yes">
        <location line="+181"/>
        <source>%1 of %n finding(s) need review</source>
        <translation>
            <numerusform>검출 항목 %n건 중 %1건 검토 필요</numerusform>
        </translation>
    </message>
</context>
</TS>
