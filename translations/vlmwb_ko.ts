<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+21"/>
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
        <location filename="../app/cli/commands.cpp" line="+22"/>
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
        <source>Rewrite a model folder&apos;s weights at another precision (f16: half the size).</source>
        <translation>모델 폴더의 가중치를 다른 정밀도로 다시 씁니다(f16: 크기 절반).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Average the weights of model folders trained from one starting point.</source>
        <translation>같은 시작점에서 학습한 모델 폴더들의 가중치를 평균합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../app/cli/command_attention.cpp" line="+21"/>
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
        <location filename="../app/cli/command_ocr.cpp" line="+80"/>
        <source>pattern</source>
        <translation>패턴</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/command_ocr.cpp" line="+1"/>
        <source>Read with the model in &lt;folder&gt; instead of the pattern&apos;s default model.</source>
        <translation>패턴의 기본 모델 대신 &lt;폴더&gt;의 모델로 읽습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <location filename="../app/cli/command_ocr.cpp" line="+2"/>
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
        <location filename="../app/cli/command_ocr.cpp" line="+1"/>
        <source>auto, cpu or cuda (default auto).</source>
        <translation>auto, cpu 또는 cuda (기본값 auto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/command_ocr.cpp" line="+1"/>
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
        <location filename="../app/cli/command_ocr.cpp" line="+3"/>
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
        <location line="+30"/>
        <source>vlmwb-cli attention: %1</source>
        <translation>vlmwb-cli attention: %1</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>vlmwb-cli attention: reading %1 failed: %2</source>
        <translation>vlmwb-cli attention: %1 읽기에 실패했습니다: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Wrote the attention bundle of &quot;%1&quot; (%2 maps) to %3.</source>
        <translation>&quot;%1&quot;의 어텐션 번들(맵 %2개)을 %3에 썼습니다.</translation>
    </message>
    <message>
        <location filename="../app/cli/command_bench.cpp" line="+38"/>
        <source>matmul %1x%1 float32, %2 threads: %3 GFLOP/s</source>
        <translation>matmul %1x%1 float32, 스레드 %2개: %3 GFLOP/s</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ocr-page %1x%2, %3 lines, %4 model on %5 (%6 threads): load %7 ms, preprocess %8 ms, layout %9 ms, recognition %10 ms, total %11 ms (median of %12; model load %13 ms)</source>
        <translation>ocr-page %1x%2, %3줄, %5에서 %4 모델 (스레드 %6개): 로드 %7 ms, 전처리 %8 ms, 레이아웃 %9 ms, 인식 %10 ms, 합계 %11 ms (%12회 중앙값, 모델 로드 %13 ms)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>memory %1 768x32, %2 tokens generated, on %3: measured peak %4 KiB (weights %5 KiB), estimate %6 KiB (weights %7, K/V %8, scores %9, activations %10 KiB): %11 %</source>
        <translation>memory %1 768x32, 생성 토큰 %2개, %3에서: 측정 최대 %4 KiB (가중치 %5 KiB), 추정 %6 KiB (가중치 %7, K/V %8, 점수 %9, 활성화 %10 KiB): %11 %</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Measures speed on this machine and prints the figures.</source>
        <translation>이 컴퓨터에서 속도를 측정하고 수치를 출력합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run only the benchmark &lt;name&gt; (matmul, ocr-page, memory).</source>
        <translation>벤치마크 &lt;name&gt;만 실행합니다(matmul, ocr-page, memory).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the figures as one JSON object.</source>
        <translation>수치를 하나의 JSON 객체로 출력합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU threads for LibTorch (0: half the cores, at least one).</source>
        <translation>LibTorch의 CPU 스레드 수(0: 코어의 절반, 최소 하나).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>vlmwb-cli bench: --threads needs a whole number of 0 or more.</source>
        <translation>vlmwb-cli bench: --threads에는 0 이상의 정수가 필요합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vlmwb-cli bench: unknown benchmark &apos;%1&apos;; known: %2.</source>
        <translation>vlmwb-cli bench: 알 수 없는 벤치마크 &apos;%1&apos;입니다. 사용할 수 있는 벤치마크: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>vlmwb-cli bench: ocr-page: %1</source>
        <translation>vlmwb-cli bench: ocr-page: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>vlmwb-cli bench: memory: %1</source>
        <translation>vlmwb-cli bench: memory: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/command_estimate.cpp" line="+31"/>
        <source>--%1 needs a whole number of at least %2, not &apos;%3&apos;.</source>
        <translation>--%1 값은 &apos;%3&apos;이(가) 아니라 %2 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GPU presets:</source>
        <translation>GPU 프리셋:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>workbench: inference %1, QLoRA training %2</source>
        <translation>워크벤치: 추론 %1, QLoRA 학습 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>visual tokens: %1 in the sequence, %2 cross-attended</source>
        <translation>시각 토큰: 시퀀스 안 %1개, 교차 어텐션 대상 %2개</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sequence: %1 prefill + %2 output = %3 (context %4)</source>
        <translation>시퀀스: 프리필 %1 + 출력 %2 = %3 (컨텍스트 %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>memory: weights %1, KV cache %2, attention scores %3, activations %4, total %5</source>
        <translation>메모리: 가중치 %1, KV 캐시 %2, 어텐션 점수 %3, 활성화 %4, 합계 %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TFLOPs (prefill / decode): vision %1 / -, connector %2 / -, attention %3 / %4, FFN %5 / %6, cross-attention %7 / %8, LM head %9 / %10</source>
        <translation>TFLOPs (프리필 / 디코드): 비전 %1 / -, 커넥터 %2 / -, 어텐션 %3 / %4, FFN %5 / %6, 교차 어텐션 %7 / %8, LM 헤드 %9 / %10</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>prefill %1 s, decode %2 s, %3</source>
        <translation>프리필 %1 s, 디코드 %2 s, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>fits</source>
        <translation>메모리에 들어감</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>does not fit</source>
        <translation>메모리에 들어가지 않음</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Estimate visual tokens, memory and FLOPs of a model.
JSON: visual_tokens, sequence_length, memory_bytes {weights, kv_cache, attention_scores, activations, total} in bytes, flops {vision_encoder, connector, decoder_attention, decoder_ffn, cross_attention, lm_head, total} in FLOPs (2 x MACs, prefill + decode), macs {prefill, decode} in multiply-accumulates, roofline seconds per device, video frame budgets with --frames.</source>
        <translation>모델의 시각 토큰, 메모리 및 FLOPs를 추정합니다.
JSON: visual_tokens, sequence_length, memory_bytes {weights, kv_cache, attention_scores, activations, total}(바이트 단위), flops {vision_encoder, connector, decoder_attention, decoder_ffn, cross_attention, lm_head, total}(FLOPs 단위, 2 x MACs, 프리필 + 디코드), macs {prefill, decode}(곱셈-누산 횟수), 장치별 루프라인 시간(초), --frames를 주면 비디오 프레임 예산.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Assemble the model in this pattern: cross_attention, projection, early_fusion.</source>
        <translation>모델을 이 패턴으로 구성합니다: cross_attention, projection, early_fusion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A model preset (see --list-presets).</source>
        <translation>모델 프리셋(--list-presets 참조).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A VLM Workbench model folder (config.json).</source>
        <translation>VLM Workbench 모델 폴더(config.json).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image width in pixels.</source>
        <translation>이미지 너비(픽셀).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image height in pixels.</source>
        <translation>이미지 높이(픽셀).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Treat the input as N video frames.</source>
        <translation>입력을 비디오 프레임 N개로 취급합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text tokens before generation (default 32).</source>
        <translation>생성 전 텍스트 토큰 수(기본값 32).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated tokens (default 64).</source>
        <translation>생성할 토큰 수(기본값 64).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size (default 1).</source>
        <translation>배치 크기(기본값 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fp32, fp16, bf16, int8 or int4 (default fp16).</source>
        <translation>fp32, fp16, bf16, int8 또는 int4 (기본값 fp16).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number type of the decoder&apos;s weights (default: the preset&apos;s).</source>
        <translation>디코더 가중치의 수치 형식(기본값: 프리셋의 형식).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep every layer&apos;s attention scores, as the attention trace does.</source>
        <translation>어텐션 추적처럼 모든 레이어의 어텐션 점수를 유지합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roofline devices, comma-separated (default: every GPU preset).</source>
        <translation>루프라인 장치, 쉼표로 구분(기본값: 모든 GPU 프리셋).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure this machine&apos;s CPU and add it to the roofline.</source>
        <translation>이 컴퓨터의 CPU를 측정하여 루프라인에 추가합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also estimate QLoRA training memory (batch, frames, LoRA rank below).</source>
        <translation>QLoRA 학습 메모리도 추정합니다(배치, 프레임, 아래의 LoRA 랭크 사용).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LoRA rank for --train (default 64).</source>
        <translation>--train의 LoRA 랭크(기본값 64).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the vision encoder too (--train).</source>
        <translation>비전 인코더도 학습합니다(--train).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn gradient checkpointing off (--train).</source>
        <translation>그래디언트 체크포인팅을 끕니다(--train).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on a 16-bit decoder instead of a 4-bit one (--train).</source>
        <translation>4비트 디코더 대신 16비트 디코더로 학습합니다(--train).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the model and GPU presets.</source>
        <translation>모델 및 GPU 프리셋을 나열합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judge the course text&apos;s GPU-tier table.</source>
        <translation>강의 교재의 GPU 등급 표를 판정합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>vlmwb-cli estimate: %1</source>
        <translation>vlmwb-cli estimate: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>give exactly one of --preset NAME and --model DIR.</source>
        <translation>--preset NAME과 --model DIR 중 정확히 하나를 지정하십시오.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no preset &apos;%1&apos;; run &apos;vlmwb-cli estimate --list-presets&apos;.</source>
        <translation>프리셋 &apos;%1&apos;이(가) 없습니다. &apos;vlmwb-cli estimate --list-presets&apos;를 실행해 보십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown pattern &apos;%1&apos;; use cross_attention, projection or early_fusion.</source>
        <translation>알 수 없는 패턴 &apos;%1&apos;입니다. cross_attention, projection 또는 early_fusion을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--width and --height are required.</source>
        <translation>--width와 --height를 지정해야 합니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown --dtype &apos;%1&apos;; use fp32, fp16, bf16, int8 or int4.</source>
        <translation>알 수 없는 --dtype &apos;%1&apos;입니다. fp32, fp16, bf16, int8 또는 int4를 사용하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown --decoder-weights &apos;%1&apos;; use fp32, fp16, bf16, int8 or int4.</source>
        <translation>알 수 없는 --decoder-weights &apos;%1&apos;입니다. fp32, fp16, bf16, int8 또는 int4를 사용하십시오.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unknown --device &apos;%1&apos;; run &apos;vlmwb-cli estimate --list-presets&apos;.</source>
        <translation>알 수 없는 --device &apos;%1&apos;입니다. &apos;vlmwb-cli estimate --list-presets&apos;를 실행해 보십시오.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>training memory: %1 (weights %2, gradients %3, AdamW %4, activations %5, logits %6)</source>
        <translation>학습 메모리: %1 (가중치 %2, 그래디언트 %3, AdamW %4, 활성화 %5, 로짓 %6)</translation>
    </message>
    <message>
        <location filename="../app/cli/command_ocr.cpp" line="-56"/>
        <source>%1 (%2 model %3, %4)</source>
        <translation>%1 (%2 모델 %3, %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page %1 (%2 x %3 px), %4 lines</source>
        <translation>%1페이지 (%2 x %3 px), %4줄</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Finding on line %1: &quot;%2&quot; -&gt; %3 (score %4)%5</source>
        <translation>%1번째 줄의 검출 항목: &quot;%2&quot; -&gt; %3 (점수 %4)%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no match</source>
        <translation>일치 없음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>    warning (%1): %2</source>
        <translation>    경고 (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timing: load %1 ms, preprocess %2 ms, layout %3 ms, recognition %4 ms</source>
        <translation>소요 시간: 로드 %1 ms, 전처리 %2 ms, 레이아웃 %3 ms, 인식 %4 ms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reads documents (images or PDFs) and prints their text lines.</source>
        <translation>문서(이미지 또는 PDF)를 읽고 텍스트 줄을 출력합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cross_attention, projection or early_fusion (default early_fusion, the most accurate of the bundled models).</source>
        <translation>cross_attention, projection 또는 early_fusion (기본값 early_fusion, 번들 모델 중 가장 정확함).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Beam width; 1 is greedy decoding (default: the model&apos;s, from its config.json, else 1).</source>
        <translation>빔 너비. 1은 탐욕적 디코딩입니다(기본값: 모델의 config.json에 적힌 값, 없으면 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight of the CTC head in joint decoding, 0 to 1 (default: the model&apos;s, from its config.json, else 0.8; 0 = decoder alone).</source>
        <translation>결합 디코딩에서 CTC 헤드의 가중치, 0에서 1 사이(기본값: 모델의 config.json에 적힌 값, 없으면 0.8; 0 = 디코더만 사용).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each input image is one text line (no layout).</source>
        <translation>각 입력 이미지를 텍스트 한 줄로 취급합니다(레이아웃 분석 없음).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one JSON object.</source>
        <translation>하나의 JSON 객체로 출력합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the runs in the review database &lt;file&gt;.</source>
        <translation>실행 기록을 검토 데이터베이스 &lt;파일&gt;에 저장합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Documents to read.</source>
        <translation>읽을 문서.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>vlmwb-cli ocr: name at least one document to read.</source>
        <translation>vlmwb-cli ocr: 읽을 문서를 하나 이상 지정하십시오.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vlmwb-cli ocr: unknown pattern &apos;%1&apos;; use cross_attention, projection or early_fusion.</source>
        <translation>vlmwb-cli ocr: 알 수 없는 패턴 &apos;%1&apos;입니다. cross_attention, projection 또는 early_fusion을 사용하십시오.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>vlmwb-cli ocr: unknown device &apos;%1&apos;; use auto, cpu or cuda.</source>
        <translation>vlmwb-cli ocr: 알 수 없는 장치 &apos;%1&apos;입니다. auto, cpu 또는 cuda를 사용하십시오.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vlmwb-cli ocr: --beam needs a whole number from 1 to %1.</source>
        <translation>vlmwb-cli ocr: --beam에는 1에서 %1 사이의 정수가 필요합니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>vlmwb-cli ocr: --ctc-weight needs a number from 0 to 1.</source>
        <translation>vlmwb-cli ocr: --ctc-weight에는 0에서 1 사이의 숫자가 필요합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <location line="+12"/>
        <location line="+17"/>
        <source>vlmwb-cli ocr: %1</source>
        <translation>vlmwb-cli ocr: %1</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>vlmwb-cli ocr: note: the model in %1 is a %2 model; --pattern %3 is ignored.</source>
        <translation>vlmwb-cli ocr: 참고: %1의 모델은 %2 모델이므로 --pattern %3은(는) 무시됩니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>vlmwb-cli ocr: no drug findings for %1: %2</source>
        <translation>vlmwb-cli ocr: %1의 약품 검출 항목을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vlmwb-cli ocr: the run on %1 was not recorded: %2</source>
        <translation>vlmwb-cli ocr: %1에 대한 실행이 기록되지 않았습니다: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="+21"/>
        <source>Usage: vlmwb-cli &lt;command&gt; [options]</source>
        <translation>사용법: vlmwb-cli &lt;명령&gt; [옵션]</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(not built yet)</source>
        <translation>(아직 빌드되지 않음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &apos;vlmwb-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>명령의 옵션을 보려면 &apos;vlmwb-cli &lt;명령&gt; --help&apos;를 실행하십시오.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>vlmwb-cli: the &apos;%1&apos; command is not built yet.</source>
        <translation>vlmwb-cli: &apos;%1&apos; 명령은 아직 빌드되지 않았습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vlmwb-cli: unknown command &apos;%1&apos;. Run &apos;vlmwb-cli --help&apos; for the list.</source>
        <translation>vlmwb-cli: 알 수 없는 명령 &apos;%1&apos;입니다. 목록을 보려면 &apos;vlmwb-cli --help&apos;를 실행하십시오.</translation>
    </message>
</context>
<context>
    <name>vlmwb::cli::average</name>
    <message>
        <location filename="../app/cli/command_average.cpp" line="+28"/>
        <source>Average the weights of model folders trained from the same starting point (same pattern and shape): model.safetensors holds the element-wise mean, config.json the first folder&apos;s with a record of the averaged runs.</source>
        <translation>같은 시작점(같은 패턴과 형태)에서 학습한 모델 폴더들의 가중치를 평균합니다. model.safetensors에는 원소별 평균이, config.json에는 첫 폴더의 설정과 평균한 학습 실행의 기록이 들어갑니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the averaged folder here.</source>
        <translation>평균한 폴더를 여기에 씁니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store this beam width as the folder&apos;s decoding default (1 to %1).</source>
        <translation>이 빔 너비를 폴더의 기본 디코딩 값으로 저장합니다(1~%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store this CTC weight as the folder&apos;s decoding default (0 to 1).</source>
        <translation>이 CTC 가중치를 폴더의 기본 디코딩 값으로 저장합니다(0~1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two or more model folders.</source>
        <translation>모델 폴더 두 개 이상.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder folder [folder...]</source>
        <translation>폴더 폴더 [폴더...]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--out &lt;folder&gt; and at least two model folders are required.</source>
        <translation>--out &lt;폴더&gt;와 모델 폴더 두 개 이상이 필요합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--beam must be a whole number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--beam은 1부터 %1까지의 정수여야 합니다. &apos;%2&apos;는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--ctc-weight must be a number from 0 to 1, not &apos;%1&apos;.</source>
        <translation>--ctc-weight는 0부터 1까지의 수여야 합니다. &apos;%1&apos;는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote %1: the mean of %2 tensors over %3 folders.</source>
        <translation>%1에 썼습니다: 폴더 %3개에 걸친 텐서 %2개의 평균.</translation>
    </message>
</context>
<context>
    <name>vlmwb::cli::convert</name>
    <message>
        <location filename="../app/cli/command_convert.cpp" line="+31"/>
        <source>Rewrite a model folder&apos;s weights at another precision: config.json is copied as it is, model.safetensors is written with every floating-point weight at the precision.</source>
        <translation>모델 폴더의 가중치를 다른 정밀도로 다시 씁니다: config.json은 그대로 복사하고, model.safetensors는 모든 부동소수점 가중치를 그 정밀도로 저장해 씁니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model folder to convert.</source>
        <translation>변환할 모델 폴더.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Write the converted folder here (may be --model).</source>
        <translation>변환한 폴더를 이곳에 씁니다(--model과 같아도 됩니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>f16 (default), bf16 or f32.</source>
        <translation>f16(기본값), bf16 또는 f32.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--model &lt;folder&gt; and --out &lt;folder&gt; are required.</source>
        <translation>--model &lt;폴더&gt;와 --out &lt;폴더&gt;를 지정해야 합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--precision must be f16, bf16 or f32, not &apos;%1&apos;.</source>
        <translation>--precision 값은 &apos;%1&apos;이(가) 아니라 f16, bf16 또는 f32여야 합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 at %2: model.safetensors %3 MB (was %4 MB); largest weight change %5 (largest weight %6).</source>
        <translation>%1을(를) %2(으)로 썼습니다: model.safetensors %3 MB (이전 %4 MB), 가장 큰 가중치 변화 %5 (가장 큰 가중치 %6).</translation>
    </message>
</context>
<context>
    <name>vlmwb::cli::eval</name>
    <message>
        <location filename="../app/cli/command_eval.cpp" line="+105"/>
        <source>Cannot read the held-out set %1: %2.</source>
        <translation>홀드아웃 세트 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1 of %2 is not a line sample of vlmwb-cli synth (write the set with --kind lines).</source>
        <translation>%2의 %1행은 vlmwb-cli synth의 줄 샘플이 아닙니다(--kind lines로 세트를 만드십시오).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The held-out set %1 holds no lines.</source>
        <translation>홀드아웃 세트 %1에 줄이 없습니다.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot start tesseract (install Debian&apos;s tesseract-ocr, tesseract-ocr-eng and tesseract-ocr-kor): %1.</source>
        <translation>tesseract를 시작할 수 없습니다(Debian의 tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-kor 패키지를 설치하십시오): %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tesseract did not finish reading %1 within 60 s.</source>
        <translation>tesseract가 60 s 안에 %1을(를) 다 읽지 못했습니다.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Evaluate a model on a held-out set written by vlmwb-cli synth (use a seed never used in training), with Tesseract as the baseline on the same images.</source>
        <translation>vlmwb-cli synth로 만든 홀드아웃 세트(학습에 쓰지 않은 시드를 사용하십시오)에서 모델을 평가하고, 같은 이미지에서 Tesseract를 기준선으로 삼습니다.</translation>
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
        <location line="+1"/>
        <source>Model folder (default resources/models/&lt;pattern&gt;).</source>
        <translation>모델 폴더(기본값 resources/models/&lt;pattern&gt;).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Held-out set folder (labels.jsonl + images/).</source>
        <translation>홀드아웃 세트 폴더(labels.jsonl + images/).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the results (with every line) as JSON.</source>
        <translation>결과(모든 줄 포함)를 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate only the first N lines.</source>
        <translation>처음 N줄만 평가합니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>CPU threads (default: LibTorch&apos;s choice).</source>
        <translation>CPU 스레드 수(기본값: LibTorch가 정함).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines per model batch (default 8).</source>
        <translation>모델 배치당 줄 수(기본값 8).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto, cpu or cuda (default auto).</source>
        <translation>auto, cpu 또는 cuda (기본값 auto).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip the Tesseract baseline.</source>
        <translation>Tesseract 기준선을 건너뜁니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beam width; 1 is greedy decoding (default: the model&apos;s, from its config.json, else 1).</source>
        <translation>빔 너비. 1은 탐욕적 디코딩입니다(기본값: 모델의 config.json에 적힌 값, 없으면 1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight of the CTC head in joint decoding, 0 to 1 (default: the model&apos;s, from its config.json, else 0.8; 0 = decoder alone).</source>
        <translation>결합 디코딩에서 CTC 헤드의 가중치, 0에서 1 사이(기본값: 모델의 config.json에 적힌 값, 없으면 0.8; 0 = 디코더만 사용).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Count a model&apos;s lines read with a confidence below this, 0 to 1, as flagged for review, and how many misread lines they hold (default 0.9).</source>
        <translation>모델이 이 값(0~1)보다 낮은 신뢰도로 읽은 줄을 검토 대상으로 표시하고, 그중 잘못 읽은 줄이 몇 개인지 셉니다(기본값 0.9).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--beam needs a whole number from 1 to %1.</source>
        <translation>--beam에는 1에서 %1 사이의 정수가 필요합니다.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>CER, WER, drug and dose accuracy in %; rates pooled over the group&apos;s lines; - where the group has no drug or dose. Misread: lines with any character wrong; flagged: lines a model read with a confidence below %1, and the misread lines among them.</source>
        <translation>CER, WER, 약품명·용량 정확도는 %; 비율은 그룹의 줄 전체에 대해 합산; 그룹에 약품명이나 용량이 없으면 -. 오독: 한 글자라도 틀린 줄; 표시: 모델이 %1보다 낮은 신뢰도로 읽은 줄과 그중 오독한 줄.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read with the vision encoder&apos;s CTC head alone, without the decoder (diagnostic).</source>
        <translation>디코더 없이 비전 인코더의 CTC 헤드만으로 읽습니다(진단용).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run only the Tesseract baseline.</source>
        <translation>Tesseract 기준선만 실행합니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--set &lt;folder&gt; is required.</source>
        <translation>--set &lt;폴더&gt;를 지정해야 합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--pattern must be cross_attention, projection or early_fusion, not &apos;%1&apos;.</source>
        <translation>--pattern 값은 &apos;%1&apos;이(가) 아니라 cross_attention, projection 또는 early_fusion이어야 합니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--ctc-weight needs a number from 0 to 1.</source>
        <translation>--ctc-weight에는 0에서 1 사이의 숫자가 필요합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--limit must be a non-negative integer, not &apos;%1&apos;.</source>
        <translation>--limit 값은 &apos;%1&apos;이(가) 아니라 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--threads must be a non-negative integer, not &apos;%1&apos;.</source>
        <translation>--threads 값은 &apos;%1&apos;이(가) 아니라 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--batch must be a positive integer, not &apos;%1&apos;.</source>
        <translation>--batch 값은 &apos;%1&apos;이(가) 아니라 양의 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--flag-below needs a number from 0 to 1, not &apos;%1&apos;.</source>
        <translation>--flag-below에는 0에서 1 사이의 숫자가 필요합니다. &apos;%1&apos;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The model in %1 is a %2 model, not %3.</source>
        <translation>%1의 모델은 %3 모델이 아니라 %2 모델입니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>eval %1: beam %2, CTC weight %3%4</source>
        <translation>eval %1: 빔 %2, CTC 가중치 %3%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (CTC head alone)</source>
        <translation> (CTC 헤드만 사용)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>eval %1: %2/%3 lines</source>
        <translation>eval %1: %2/%3줄</translation>
    </message>
</context>
<context>
    <name>vlmwb::cli::synth</name>
    <message>
        <location filename="../app/cli/command_synth.cpp" line="+24"/>
        <source>Render a synthetic medical-document corpus: DIR/images/*.png and DIR/labels.jsonl with every line&apos;s text and box and every drug and dose.</source>
        <translation>합성 의료 문서 코퍼스를 렌더링합니다: DIR/images/*.png와, 모든 줄의 텍스트와 상자 및 모든 약품명과 용량을 담은 DIR/labels.jsonl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the corpus into &lt;folder&gt;.</source>
        <translation>코퍼스를 &lt;폴더&gt;에 씁니다.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the corpus (default 0).</source>
        <translation>코퍼스의 시드(기본값 0).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Number of images (default 100).</source>
        <translation>이미지 수(기본값 100).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines (default) or pages.</source>
        <translation>lines(기본값) 또는 pages.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Degradation: 0 clean, 1 mild, 2 strong or mixed (default).</source>
        <translation>열화 수준: 0 깨끗함, 1 약함, 2 강함 또는 mixed(기본값).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level</source>
        <translation>수준</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale line images to this height in pixels (default: as rendered).</source>
        <translation>줄 이미지를 이 높이(픽셀)로 조정합니다(기본값: 렌더링된 그대로).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pixels</source>
        <translation>픽셀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of line images that hold random words instead of prescription text, 0 to 1 (default 0): a set that measures reading rather than guessing the corpus&apos; vocabulary.</source>
        <translation>처방 텍스트 대신 무작위 단어를 담은 줄 이미지의 비율, 0에서 1 (기본값 0): 코퍼스 어휘를 짐작하는 능력이 아니라 읽는 능력을 재는 세트입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Share of drug doses whose amount and unit are drawn at random instead of from the drug&apos;s strengths, 0 to 1 (default 0): a set that measures reading doses rather than guessing them from the name.</source>
        <translation>약품 용량 가운데 약품의 함량이 아닌 무작위 수치와 단위로 쓰는 비율, 0~1 (기본값 0): 이름으로 용량을 짐작하는 대신 용량을 읽는지 재는 세트.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--out &lt;folder&gt; is required.</source>
        <translation>--out &lt;폴더&gt;를 지정해야 합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--seed must be a non-negative integer, not &apos;%1&apos;.</source>
        <translation>--seed 값은 &apos;%1&apos;이(가) 아니라 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--count must be a positive integer, not &apos;%1&apos;.</source>
        <translation>--count 값은 &apos;%1&apos;이(가) 아니라 양의 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--kind must be lines or pages, not &apos;%1&apos;.</source>
        <translation>--kind 값은 &apos;%1&apos;이(가) 아니라 lines 또는 pages여야 합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--degrade must be 0, 1, 2 or mixed, not &apos;%1&apos;.</source>
        <translation>--degrade 값은 &apos;%1&apos;이(가) 아니라 0, 1, 2 또는 mixed여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--height must be a number of pixels from 0 to 1024, not &apos;%1&apos;.</source>
        <translation>--height 값은 &apos;%1&apos;이(가) 아니라 0에서 1024 사이의 픽셀 수여야 합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--random-text-lines must be a number from 0 to 1, not &apos;%1&apos;.</source>
        <translation>--random-text-lines는 0에서 1 사이의 수여야 합니다. &apos;%1&apos;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--random-doses must be a number from 0 to 1, not &apos;%1&apos;.</source>
        <translation>--random-doses는 0에서 1 사이의 수여야 합니다. &apos;%1&apos;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>synth: %1/%2 images, %3 s</source>
        <translation>synth: 이미지 %1/%2개, %3 s</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrote %1 images and labels.jsonl to %2.</source>
        <translation>이미지 %1개와 labels.jsonl을 %2에 썼습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::cli::train</name>
    <message>
        <location filename="../app/cli/command_train.cpp" line="+49"/>
        <source>--%1 must be a whole number from %2 to %3, not &apos;%4&apos;.</source>
        <translation>--%1은(는) %2에서 %3 사이의 정수여야 합니다. &apos;%4&apos;은(는) 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--%1 must be a number from 0 to 1, not &apos;%2&apos;.</source>
        <translation>--%1은(는) 0에서 1 사이의 수여야 합니다. &apos;%2&apos;은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no training run to resume in &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;에 이어서 학습할 실행이 없습니다: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Train a model of one pattern in one stage: ctc (the image reader with a CTC head: the vision encoder, or early_fusion&apos;s decoder), lm (byte decoder as a language model), connector (connector / resampler, the rest frozen) or full (everything, CTC kept as an auxiliary loss). DIR receives config.json, model.safetensors and the state --resume needs.</source>
        <translation>한 가지 패턴의 모델을 한 단계로 학습합니다: ctc(CTC 헤드를 단 이미지 판독부: 비전 인코더, 또는 early_fusion의 디코더), lm(언어 모델로서의 바이트 디코더), connector(커넥터 / 리샘플러, 나머지는 고정) 또는 full(전체, CTC는 보조 손실로 유지). DIR에는 config.json, model.safetensors와 --resume에 필요한 상태가 저장됩니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cross_attention, projection or early_fusion.</source>
        <translation>cross_attention, projection 또는 early_fusion.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pattern</source>
        <translation>패턴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the model and checkpoints into &lt;folder&gt;.</source>
        <translation>모델과 체크포인트를 &lt;폴더&gt;에 씁니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>ctc, lm, connector or full (default full).</source>
        <translation>ctc, lm, connector 또는 full (기본값 full).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stage</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed the weights from this model folder (repeatable; tensors are matched by name and shape).</source>
        <translation>이 모델 폴더의 가중치로 초기화합니다(여러 번 지정 가능, 텐서는 이름과 형태로 대응시킵니다).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After --init, seed only the vision encoder (and its CTC head) from this model folder (repeatable), e.g. a projection encoder in a cross_attention model built with the same --vision-dim, --vision-layers and --stem-residual.</source>
        <translation>--init 다음에 이 모델 폴더에서 비전 인코더(와 그 CTC 헤드)만 가져와 초기화합니다(여러 번 지정 가능). 예: 같은 --vision-dim, --vision-layers, --stem-residual로 만든 cross_attention 모델에 projection 인코더를 넣을 때.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimizer steps of the schedule (default 2000).</source>
        <translation>스케줄의 옵티마이저 스텝 수(기본값 2000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+32"/>
        <location line="+16"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+6"/>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Lines per step (default 16).</source>
        <translation>스텝당 줄 수(기본값 16).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak learning rate (default 0.001).</source>
        <translation>최대 학습률(기본값 0.001).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed of the weight initialisation (default 1).</source>
        <translation>가중치 초기화 시드(기본값 1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed of the synthetic training corpus (default 1000).</source>
        <translation>합성 학습 코퍼스의 시드(기본값 1000).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of the synthetic corpus&apos; English drug lines that print the name in capitals, 0 to 1 (default 0.08, as in vlmwb-cli synth).</source>
        <translation>합성 코퍼스의 영어 약품 줄 가운데 약품명을 대문자로 쓰는 비율, 0~1 (기본값 0.08, vlmwb-cli synth와 같음).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>share</source>
        <translation>비율</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Share of the synthetic corpus&apos; English drug lines whose name holds a letter rare among the lexicon&apos;s names (Q, J, W), 0 to 1 (default 0: names drawn evenly, as in vlmwb-cli synth).</source>
        <translation>합성 코퍼스의 영문 약품 줄 가운데 어휘집 이름에서 드문 글자(Q, J, W)가 든 이름을 쓰는 비율, 0에서 1 (기본값 0: vlmwb-cli synth처럼 이름을 고르게 뽑음).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of the synthetic corpus&apos; Korean and mixed drug lines whose name holds a syllable rare among the lexicon&apos;s Korean names, 0 to 1 (default 0: names drawn evenly, as in vlmwb-cli synth).</source>
        <translation>합성 코퍼스의 한글·혼합 약품 줄 중 어휘집의 한글 약품명에서 드문 음절을 가진 이름을 쓰는 비율, 0~1 (기본값 0: vlmwb-cli synth처럼 이름을 고르게 뽑음).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of the synthetic corpus&apos; drug doses whose amount and unit are drawn at random instead of from the drug&apos;s strengths, 0 to 1 (default 0, as in vlmwb-cli synth).</source>
        <translation>합성 코퍼스의 약품 용량 가운데 약품의 함량이 아닌 무작위 수치와 단위로 쓰는 비율, 0~1 (기본값 0: vlmwb-cli synth와 같음).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of the synthetic corpus&apos; lines that are strongly degraded, 0 to 1; the rest stay clean and mild as 20 : 45 (default 0.35, as in vlmwb-cli synth).</source>
        <translation>합성 코퍼스의 줄 가운데 강하게 열화된 줄의 비율, 0에서 1. 나머지는 깨끗한 줄과 약하게 열화된 줄이 20 : 45로 나눕니다 (기본값 0.35: vlmwb-cli synth와 같음).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of the synthetic corpus&apos; lines that hold random words (Latin, Hangul, numbers) instead of prescription text, 0 to 1 (default 0, as in vlmwb-cli synth).</source>
        <translation>합성 코퍼스의 줄 가운데 처방 텍스트 대신 무작위 단어(라틴 문자, 한글, 숫자)를 담은 줄의 비율, 0에서 1 (기본값 0: vlmwb-cli synth와 같음).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU threads (default: LibTorch&apos;s choice).</source>
        <translation>CPU 스레드 수(기본값: LibTorch가 정함).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, cpu or cuda (default auto).</source>
        <translation>auto, cpu 또는 cuda (기본값 auto).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the run stored in --out exactly.</source>
        <translation>--out에 저장된 실행을 그대로 이어서 진행합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop with a checkpoint after this many minutes.</source>
        <translation>이 시간(분)이 지나면 체크포인트를 저장하고 멈춥니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>minutes</source>
        <translation>분</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Minutes between checkpoints (default 5).</source>
        <translation>체크포인트 간격(분, 기본값 5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fine-tune on image/text pairs from vlmwb-cli export --format jsonl instead of the synthetic corpus.</source>
        <translation>합성 코퍼스 대신 vlmwb-cli export --format jsonl로 내보낸 이미지/텍스트 쌍으로 미세 조정합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>file</source>
        <translation>파일</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual convolutions after each stride-2 convolution of the vision encoder&apos;s conv stem (default 0). They start at zero, so a stem seeded by --init starts as the one it copies.</source>
        <translation>비전 인코더 합성곱 스템의 각 stride-2 합성곱 뒤에 붙는 잔차 합성곱 수(기본값 0). 0에서 시작하므로 --init으로 시드한 스템은 복사한 스템과 같은 상태로 시작합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layers of the decoder (default: the pattern&apos;s). Layers that --init finds no weights for start as identities, so a deeper model seeded by a shallower one starts as the one it copies.</source>
        <translation>디코더의 층 수(기본값: 패턴의 값). --init에서 가중치를 찾지 못한 층은 항등 변환으로 시작하므로, 얕은 모델로 초기화한 더 깊은 모델은 복사한 모델과 같은 상태에서 시작합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Layers of a new cross_attention or projection run&apos;s vision encoder (default: the pattern&apos;s). As with --decoder-layers, layers that --init finds no weights for start as identities.</source>
        <translation>새 cross_attention 또는 projection 실행의 비전 인코더 층 수(기본값: 패턴의 값). --decoder-layers와 마찬가지로 --init에서 가중치를 찾지 못한 층은 항등 변환으로 시작합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Width of a new cross_attention run&apos;s vision encoder (default: the decoder&apos;s). Another width puts a linear projection in front of the resampler.</source>
        <translation>새 cross_attention 실행의 비전 인코더 폭(기본값: 디코더의 폭). 다른 폭이면 리샘플러 앞에 선형 투영을 둡니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latents of a new cross_attention run&apos;s Perceiver resampler (default: the pattern&apos;s). A multiple of the --init folder&apos;s count starts as its latents repeated, so the model starts reading as the one it copies.</source>
        <translation>새 cross_attention 실행의 Perceiver 리샘플러 잠재 벡터 수(기본값: 패턴의 값). --init 폴더 수의 배수이면 그 잠재 벡터를 반복한 상태로 시작하므로, 모델은 복사한 모델과 같이 읽는 상태에서 시작합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CTC frames the CTC head gives per image token, 1 to %1 (default 1). More frames let CTC read narrow letters that share a patch column; a head seeded by --init with fewer starts as that head repeated.</source>
        <translation>CTC 헤드가 이미지 토큰 하나마다 내는 CTC 프레임 수, 1~%1 (기본 1). 프레임이 많으면 한 패치 열에 함께 놓인 좁은 글자도 CTC가 읽을 수 있습니다. 더 적은 프레임의 --init 헤드로 시작하면 그 헤드를 반복한 상태로 시작합니다.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--out &lt;folder&gt; is required.</source>
        <translation>--out &lt;폴더&gt;를 지정해야 합니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--resume continues the %1 run in &quot;%2&quot;: leave out --pattern %3.</source>
        <translation>--resume은 &quot;%2&quot;의 %1 실행을 이어 갑니다: --pattern %3을(를) 빼십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--pattern must be cross_attention, projection or early_fusion, not &apos;%1&apos;.</source>
        <translation>--pattern 값은 &apos;%1&apos;이(가) 아니라 cross_attention, projection 또는 early_fusion이어야 합니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--steps must be a positive integer, not &apos;%1&apos;.</source>
        <translation>--steps 값은 &apos;%1&apos;이(가) 아니라 양의 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--batch must be an integer from 1 to 4096, not &apos;%1&apos;.</source>
        <translation>--batch 값은 &apos;%1&apos;이(가) 아니라 1에서 4096 사이의 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--lr must be a number above 0 and at most 1, not &apos;%1&apos;.</source>
        <translation>--lr 값은 &apos;%1&apos;이(가) 아니라 0보다 크고 1 이하인 숫자여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed must be a non-negative integer, not &apos;%1&apos;.</source>
        <translation>--seed 값은 &apos;%1&apos;이(가) 아니라 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--corpus-seed must be a non-negative integer, not &apos;%1&apos;.</source>
        <translation>--corpus-seed 값은 &apos;%1&apos;이(가) 아니라 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--stem-residual shapes the vision encoder of a new cross_attention or projection run; a resumed run keeps its own, and early_fusion has none.</source>
        <translation>--stem-residual은 새 cross_attention 또는 projection 실행의 비전 인코더를 정합니다. 이어서 하는 실행은 자기 인코더를 유지하고, early_fusion에는 비전 인코더가 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--decoder-layers shapes a new run; a resumed run keeps its own.</source>
        <translation>--decoder-layers는 새 학습에만 적용됩니다. 재개한 학습은 자신의 구조를 유지합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--vision-layers shapes the vision encoder of a new cross_attention or projection run; a resumed run keeps its own, and early_fusion has none.</source>
        <translation>--vision-layers는 새 cross_attention 또는 projection 실행의 비전 인코더를 정합니다. 이어서 하는 실행은 자기 인코더를 유지하고, early_fusion에는 비전 인코더가 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--vision-dim shapes the vision encoder of a new cross_attention run; a resumed run keeps its own, and the other patterns&apos; widths are fixed.</source>
        <translation>--vision-dim은 새 cross_attention 실행의 비전 인코더를 정합니다. 이어서 하는 실행은 자기 인코더를 유지하고, 다른 패턴의 폭은 고정되어 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--resampler-latents shapes the resampler of a new cross_attention run; a resumed run keeps its own, and the other patterns have none.</source>
        <translation>--resampler-latents는 새 cross_attention 실행의 리샘플러 형태를 정합니다. 이어서 하는 실행은 자신의 것을 유지하며, 다른 패턴에는 리샘플러가 없습니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--ctc-frames-per-token shapes a new run; a resumed run keeps its own.</source>
        <translation>--ctc-frames-per-token은 새 학습의 형태를 정합니다. 이어서 하는 학습은 기존 값을 유지합니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--resume continues the run in &quot;%1&quot; on its pairs file &quot;%2&quot;: leave out --pairs, --corpus-seed and the options that shape the synthetic corpus.</source>
        <translation>--resume은 &quot;%1&quot;의 학습을 그 쌍 파일 &quot;%2&quot;로 이어 갑니다. --pairs, --corpus-seed와 합성 코퍼스를 정하는 옵션을 빼십시오.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--resume continues the run in &quot;%1&quot; on its corpus (seed %2, upper-case drug names %3, rare-letter drug names %4, strongly degraded lines %5, random-text lines %6, rare-syllable Korean drug names %7, random doses %8): leave out --corpus-seed, --pairs and the options that shape the synthetic corpus.</source>
        <translation>--resume은 &quot;%1&quot;의 학습을 그 코퍼스(시드 %2, 대문자 약품명 비율 %3, 드문 글자 약품명 비율 %4, 강하게 열화된 줄 비율 %5, 무작위 텍스트 줄 비율 %6, 드문 음절 한글 약품명 비율 %7, 무작위 용량 비율 %8)로 이어 갑니다. --corpus-seed, --pairs와 합성 코퍼스를 정하는 옵션을 빼십시오.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--upper-case-drugs, --rare-letter-drugs, --rare-syllable-korean-drugs, --random-doses, --strong-degradation and --random-text-lines shape the synthetic corpus; a run on --pairs trains on the pairs&apos; own images and text.</source>
        <translation>--upper-case-drugs, --rare-letter-drugs, --rare-syllable-korean-drugs, --random-doses, --strong-degradation, --random-text-lines는 합성 코퍼스에만 적용됩니다. --pairs 학습은 쌍의 이미지와 텍스트 그대로 학습합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--threads must be a non-negative integer, not &apos;%1&apos;.</source>
        <translation>--threads 값은 &apos;%1&apos;이(가) 아니라 0 이상의 정수여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--minutes must be a non-negative number, not &apos;%1&apos;.</source>
        <translation>--minutes 값은 &apos;%1&apos;이(가) 아니라 0 이상의 숫자여야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--checkpoint-minutes must be a positive number, not &apos;%1&apos;.</source>
        <translation>--checkpoint-minutes 값은 &apos;%1&apos;이(가) 아니라 양수여야 합니다.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>step %1/%2  loss %3 (text %4, ctc %5)  lr %6  %7 samples/s  elapsed %8  ETA %9</source>
        <translation>스텝 %1/%2  손실 %3 (텍스트 %4, ctc %5)  lr %6  %7 samples/s  경과 %8  남은 시간 %9</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  [checkpoint]</source>
        <translation>  [체크포인트]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trained %1 to step %2/%3 on %4 in %5: loss %6 (text %7, ctc %8). Model in %9.</source>
        <translation>%1을(를) %4에서 %5 동안 스텝 %2/%3까지 학습했습니다: 손실 %6 (텍스트 %7, ctc %8). 모델 위치: %9.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core</name>
    <message>
        <location filename="../core/engine_recognizer.cpp" line="+71"/>
        <source>Unknown device &apos;%1&apos;: use auto, cpu or cuda.</source>
        <translation>알 수 없는 장치 &apos;%1&apos;입니다. auto, cpu 또는 cuda를 사용하십시오.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot open the model in %1: %2</source>
        <translation>%1의 모델을 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location filename="../core/ocr_pipeline.cpp" line="+202"/>
        <source>Reading %1 with the model in %2 failed: %3</source>
        <translation>%2의 모델로 %1을(를) 읽지 못했습니다: %3</translation>
    </message>
    <message>
        <location filename="../core/model_locator.cpp" line="+44"/>
        <source>The model folder %1 does not exist.</source>
        <translation>모델 폴더 %1이(가) 존재하지 않습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model folder %1 has no config.json and model.safetensors: it is not a trained model.</source>
        <translation>모델 폴더 %1에 config.json과 model.safetensors가 없습니다: 학습된 모델이 아닙니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No trained %1 model found (looked in %2; a model is a folder with config.json and model.safetensors). Train one with `vlmwb-cli train --pattern %1 --out %3`, or pass --model FOLDER.</source>
        <translation>학습된 %1 모델을 찾지 못했습니다(찾아본 곳: %2, 모델은 config.json과 model.safetensors가 있는 폴더입니다). `vlmwb-cli train --pattern %1 --out %3`으로 학습하거나 --model FOLDER를 지정하십시오.</translation>
    </message>
    <message>
        <location filename="../core/attention_line_trace.cpp" line="+36"/>
        <source>%1 has no page %2.</source>
        <translation>%1에는 %2쪽이 없습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Page %1 of %2 has no line %3.</source>
        <translation>%2의 %1쪽에는 %3번째 줄이 없습니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tracing line %1 of %2 with the model in %3 failed: %4</source>
        <translation>%3의 모델로 %2의 %1번째 줄을 추적하지 못했습니다: %4</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::AttentionBlocks</name>
    <message>
        <location filename="../core/attention_blocks.cpp" line="+34"/>
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
        <location line="+19"/>
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
        <location line="+31"/>
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
        <location filename="../core/attention_geometry.cpp" line="+37"/>
        <source>The trace holds no decoder attention for the chosen layer and head.</source>
        <translation>트레이스에 선택한 레이어와 헤드의 디코더 어텐션이 없습니다.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cross-Attention has no attention rollout onto the image: its decoder never attends image tokens. Show raw attention instead.</source>
        <translation>Cross-Attention에는 이미지로의 어텐션 롤아웃이 없습니다: 디코더가 이미지 토큰에 전혀 어텐션하지 않기 때문입니다. 대신 원시 어텐션을 표시하세요.</translation>
    </message>
    <message>
        <location line="+79"/>
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
    <name>vlmwb::core::CostEstimator</name>
    <message>
        <location filename="../core/cost_estimator.cpp" line="+439"/>
        <source>The image size must be positive (got %1 x %2 pixels).</source>
        <translation>이미지 크기는 양수여야 합니다(입력: %1 x %2픽셀).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image size %1 x %2 is larger than 100000 pixels on a side.</source>
        <translation>이미지 크기 %1 x %2은(는) 한 변이 100000픽셀보다 큽니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number of frames must be between 0 and 10000 (got %1).</source>
        <translation>프레임 수는 0에서 10000 사이여야 합니다(입력: %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prompt and output token counts must be between 0 and 10000000.</source>
        <translation>프롬프트 토큰 수와 출력 토큰 수는 0에서 10000000 사이여야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The batch size must be between 1 and 100000 (got %1).</source>
        <translation>배치 크기는 1에서 100000 사이여야 합니다(입력: %1).</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>The sequence of %1 tokens is longer than the model&apos;s context of %2 tokens.</source>
        <translation>%1토큰의 시퀀스가 모델의 컨텍스트 %2토큰보다 깁니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model computes the masked attention scores too (full square).</source>
        <translation>이 모델은 마스킹된 어텐션 점수도 계산합니다(전체 정사각 행렬).</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::CsvReader</name>
    <message>
        <location filename="../core/csv_reader.cpp" line="+45"/>
        <source>%1: the text is UTF-16 (it starts with a UTF-16 byte order mark); save the file as UTF-8.</source>
        <translation>%1: 텍스트가 UTF-16입니다(UTF-16 바이트 순서 표시로 시작합니다). 파일을 UTF-8로 저장하십시오.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <message>
        <location filename="../core/jpeg_loader.cpp" line="+185"/>
        <source>%1: the JPEG data is corrupt (libjpeg: %2); it was not decoded.</source>
        <translation>%1: JPEG 데이터가 손상되었습니다(libjpeg: %2). 디코딩하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::DoseParser</name>
    <message>
        <location filename="../core/dose_parser.cpp" line="+82"/>
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
</context>
<context>
    <name>vlmwb::core::DosePlausibility</name>
    <message>
        <location filename="../core/dose_plausibility.cpp" line="+52"/>
        <source>%1 is usually dosed in %2, not %3; &quot;%4&quot; may be a misreading of %5 %2.</source>
        <translation>%1은(는) 보통 %3이(가) 아니라 %2 단위로 투여합니다. &quot;%4&quot;은(는) %5 %2을(를) 잘못 읽은 것일 수 있습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is usually dosed in %2; check the unit of &quot;%3&quot;.</source>
        <translation>%1은(는) 보통 %2 단위로 투여합니다. &quot;%3&quot;의 단위를 확인하십시오.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&quot;%1&quot; of %2 is more than ten times its largest usual strength (%3).</source>
        <translation>%2 &quot;%1&quot;은(는) 통상 최대 함량(%3)의 10배를 초과합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; of %2 is less than a tenth of its smallest usual strength (%3).</source>
        <translation>%2 &quot;%1&quot;은(는) 통상 최소 함량(%3)의 10분의 1 미만입니다.</translation>
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
        <location filename="../core/rxnorm_import.cpp" line="+139"/>
        <source>%1: the RxNorm file cannot be opened (%2).</source>
        <translation>%1: RxNorm 파일을 열 수 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../core/finding_extractor.cpp" line="+66"/>
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
    <message>
        <location line="+29"/>
        <source>&quot;%1&quot; is followed by a dose (%2) but matches no drug in the lexicon; read the name from the image.</source>
        <translation>&quot;%1&quot; 뒤에 용량(%2)이 있지만 어휘집의 어떤 약품과도 맞지 않습니다. 이미지에서 약품명을 읽어 확인하십시오.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is followed by a dose (%2) but matches no drug in the lexicon closely enough (nearest: %3, %4); read the name from the image.</source>
        <translation>&quot;%1&quot; 뒤에 용량(%2)이 있지만 어휘집의 약품과 충분히 맞지 않습니다(가장 가까운 약품: %3, %4). 이미지에서 약품명을 읽어 확인하십시오.</translation>
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
        <location line="+18"/>
        <source>(no match)</source>
        <translation>(일치 없음)</translation>
    </message>
    <message>
        <location line="+18"/>
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
    <name>vlmwb::core::ReviewCommands</name>
    <message>
        <location filename="../core/review_commands.cpp" line="+43"/>
        <source>undo of: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Accept %1</source>
        <translation>%1 승인</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct %1 to %2</source>
        <translation>%1을(를) %2(으)로 수정</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reject %1</source>
        <translation>%1 거부</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correct every %1 to %2</source>
        <translation>모든 %1을(를) %2(으)로 수정</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::ReviewDatabase</name>
    <message>
        <location filename="../core/review_database.cpp" line="+29"/>
        <source>The review database %1 is locked by another program or window that is writing to it; the change was not saved. Try again in a moment (%2).</source>
        <translation>검토 데이터베이스 %1에 쓰고 있는 다른 프로그램이나 창이 데이터베이스를 잠갔으므로 변경 사항이 저장되지 않았습니다. 잠시 후 다시 시도하십시오(%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review database %1 cannot be written: the file or its folder is read-only, so nothing was saved (%2).</source>
        <translation>검토 데이터베이스 %1에 쓸 수 없습니다. 파일 또는 폴더가 읽기 전용이어서 아무것도 저장되지 않았습니다(%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review database %1 cannot be opened or created (%2).</source>
        <translation>검토 데이터베이스 %1을(를) 열거나 만들 수 없습니다(%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a review database: the file is damaged or is another kind of file (%2). It was left untouched.</source>
        <translation>%1은(는) 검토 데이터베이스가 아닙니다. 파일이 손상되었거나 다른 종류의 파일입니다(%2). 파일은 변경하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding the review database %1 is full: the last change was not saved, earlier work is intact. Free some space and try again (%2).</source>
        <translation>검토 데이터베이스 %1이(가) 있는 디스크가 가득 찼습니다. 마지막 변경 사항은 저장되지 않았으며 이전 작업은 그대로 남아 있습니다. 공간을 확보한 후 다시 시도하십시오(%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review database %1 refused the change (%2).</source>
        <translation>검토 데이터베이스 %1이(가) 변경을 거부했습니다(%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The review database %1 reported an error (%2).</source>
        <translation>검토 데이터베이스 %1에서 오류를 보고했습니다(%2).</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+6"/>
        <source>The folder of the review database %1 is read-only; the database needs to write its journal files there.</source>
        <translation>검토 데이터베이스 %1의 폴더가 읽기 전용입니다. 데이터베이스는 이 폴더에 저널 파일을 써야 합니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database driver %1 is not available, so the review database %2 cannot be opened.</source>
        <translation>데이터베이스 드라이버 %1을(를) 사용할 수 없어 검토 데이터베이스 %2을(를) 열 수 없습니다.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The review database %1 has schema version %2, newer than this program knows (%3); it was left untouched. Update VLM Workbench to open it.</source>
        <translation>검토 데이터베이스 %1의 스키마 버전 %2은(는) 이 프로그램이 아는 버전(%3)보다 최신이므로 데이터베이스를 변경하지 않았습니다. 열려면 VLM Workbench를 업데이트하십시오.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1, while running: %2</source>
        <translation>%1, 실행 중: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No review database is open.</source>
        <translation>열린 검토 데이터베이스가 없습니다.</translation>
    </message>
    <message>
        <location filename="../core/review_database_writes.cpp" line="+113"/>
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
    <name>vlmwb::core::SynthCorpus</name>
    <message>
        <location filename="../core/synth_corpus.cpp" line="+85"/>
        <location line="+14"/>
        <source>The synthetic corpus needs at least one drug; the lexicon given is empty.</source>
        <translation>합성 코퍼스에는 약품이 하나 이상 필요합니다. 주어진 약품 사전이 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1: check that its parent exists and is writable.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다: 상위 폴더가 존재하고 쓰기 가능한지 확인하십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <location line="+6"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1을(를) 쓸 수 없습니다: %2.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cannot write the image %1: %2.</source>
        <translation>이미지 %1을(를) 쓸 수 없습니다: %2.</translation>
    </message>
</context>
<context>
    <name>vlmwb::core::SynthFontLibrary</name>
    <message>
        <location filename="../core/synth_fonts.cpp" line="+88"/>
        <source>The synthetic corpus renders text and needs a QGuiApplication.</source>
        <translation>합성 코퍼스는 텍스트를 렌더링하므로 QGuiApplication이 필요합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The font file %1 is missing; install the Debian package %2 (scripts/install-deps.sh installs it).</source>
        <translation>글꼴 파일 %1이(가) 없습니다. Debian 패키지 %2을(를) 설치하십시오(scripts/install-deps.sh가 설치합니다).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The font file %1 could not be loaded as the family %2.</source>
        <translation>글꼴 파일 %1을(를) 패밀리 %2(으)로 불러올 수 없습니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The font %1 resolves to %2 instead; the font configuration hides it.</source>
        <translation>글꼴 %1 대신 %2이(가) 선택됩니다. 글꼴 설정이 이 글꼴을 가리고 있습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The font file %1 has no Hangul glyphs.</source>
        <translation>글꼴 파일 %1에 한글 글리프가 없습니다.</translation>
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
    <name>vlmwb::core::TrainingSamples</name>
    <message>
        <location filename="../core/training_samples.cpp" line="+99"/>
        <source>Cannot read the training pairs %1: %2.</source>
        <translation>학습 쌍 %1을(를) 읽을 수 없습니다: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line %1 of %2 is not a training pair: each line must be a JSON object with &quot;image&quot; and &quot;text&quot; strings.</source>
        <translation>%2의 %1행은 학습 쌍이 아닙니다: 각 행은 &quot;image&quot;와 &quot;text&quot; 문자열을 가진 JSON 객체여야 합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1 of %2: %3</source>
        <translation>%2의 %1행: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The training pairs file %1 holds no pairs.</source>
        <translation>학습 쌍 파일 %1에 쌍이 없습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::AttentionBlockPlot</name>
    <message>
        <location filename="../widgets/attention_block_plot.cpp" line="+109"/>
        <source>key</source>
        <translation>키</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>query</source>
        <translation>쿼리</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, gate tanh(g) = %2</source>
        <translation>%1, 게이트 tanh(g) = %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No attention loaded.</source>
        <translation>불러온 어텐션이 없습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::AttentionComparisonView</name>
    <message>
        <location filename="../widgets/attention_comparison_view.cpp" line="+52"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2): “%3”</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2): “%3”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No trace on this side.</source>
        <translation>이쪽에는 추적이 없습니다.</translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::AttentionLinkingTable</name>
    <message>
        <location filename="../widgets/attention_linking_table.cpp" line="+37"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Character</source>
        <translation>문자</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In its line&apos;s box</source>
        <translation>자기 줄 상자 안</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outside</source>
        <translation>바깥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visual mass</source>
        <translation>시각 질량</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+29"/>
        <source>Trace a line to see how much of each character&apos;s attention falls inside its own line.</source>
        <translation>줄을 추적하면 각 문자의 어텐션 중 자기 줄 안에 떨어지는 비율을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The line&apos;s box on a page is unknown (a line image read alone), so the in-box share is undefined.</source>
        <translation>페이지에서 이 줄의 상자를 알 수 없으므로(줄 이미지만 읽음) 상자 안 비율을 정의할 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Mean in-box share: %1 % over %n character(s) with visual attention.</source>
        <translation>
            <numerusform>평균 상자 안 비율: 시각 어텐션이 있는 문자 %n개에 대해 %1 %.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::AttentionPanel</name>
    <message>
        <location filename="../widgets/attention_panel.cpp" line="+75"/>
        <source>Drop sink tokens and renormalise</source>
        <translation>싱크 토큰을 빼고 다시 정규화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes key 0 and the newline / image-end tokens, then rescales each query&apos;s attention to sum to 1 over the keys left.</source>
        <translation>키 0과 줄바꿈 / 이미지 끝 토큰을 제거한 뒤, 각 쿼리의 어텐션이 남은 키에서 합이 1이 되도록 다시 조정합니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statistics</source>
        <translation>통계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Characters</source>
        <translation>문자</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Mean of heads</source>
        <translation>헤드 평균</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max of heads</source>
        <translation>헤드 최댓값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min of heads</source>
        <translation>헤드 최솟값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One head</source>
        <translation>단일 헤드</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>head </source>
        <translation>헤드 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logarithmic</source>
        <translation>로그</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours per block</source>
        <translation>블록별 색 범위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours shared</source>
        <translation>공유 색 범위</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Blocks as PNG…</source>
        <translation>블록을 PNG로…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocks as SVG…</source>
        <translation>블록을 SVG로…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statistics as CSV or JSON…</source>
        <translation>통계를 CSV 또는 JSON으로…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Block %1 as CSV or JSON…</source>
        <translation>%1 블록을 CSV 또는 JSON으로…</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Blocks of the pattern</source>
        <translation>패턴의 블록</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Mean of all layers</source>
        <translation>전체 레이어 평균</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Layer %1</source>
        <translation>레이어 %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Open an attention run (File ▸ Open Attention Run…) or trace a line (OCR ▸ Trace Attention of Line).</source>
        <translation>어텐션 실행을 열거나(파일 ▸ 어텐션 실행 열기…) 줄을 추적하세요(OCR ▸ 줄의 어텐션 추적).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The %1 attention has no map for this layer and head.</source>
        <translation>%1 어텐션에는 이 레이어와 헤드의 맵이 없습니다.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Attention blocks</source>
        <translation>어텐션 블록</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export attention</source>
        <translation>어텐션 내보내기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export failed</source>
        <translation>내보내기 실패</translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::AttentionStatisticsModel</name>
    <message>
        <location filename="../widgets/attention_statistics_model.cpp" line="+69"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mean entropy of a query&apos;s attention, in nats</source>
        <translation>쿼리 어텐션의 평균 엔트로피(nat 단위)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of a query&apos;s keys with under a tenth of the uniform weight</source>
        <translation>균등 가중치의 10분의 1 미만을 받는 쿼리 키의 비율</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mass on key 0 and on newline / image-end tokens</source>
        <translation>키 0과 줄바꿈 / 이미지 끝 토큰에 실린 질량</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mass on visual-side keys</source>
        <translation>시각 쪽 키에 실린 질량</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean attention mass of the block&apos;s queries on its keys</source>
        <translation>블록의 쿼리가 그 키에 두는 평균 어텐션 질량</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>헤드</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entropy</source>
        <translation>엔트로피</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sparsity</source>
        <translation>희소성</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sink mass</source>
        <translation>싱크 질량</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visual share</source>
        <translation>시각 비율</translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::CharacterAttentionView</name>
    <message>
        <location filename="../widgets/character_attention_view.cpp" line="+31"/>
        <source>Click a character to see where on the image it looked</source>
        <translation>문자를 클릭하면 이미지의 어디를 보았는지 표시됩니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generation step</source>
        <translation>생성 단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw attention</source>
        <translation>원시 어텐션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rollout</source>
        <translation>롤아웃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>generation step</source>
        <translation>생성 단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>visual share</source>
        <translation>시각 비율</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>raw</source>
        <translation>원시</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rollout</source>
        <translation>롤아웃</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Visual share</source>
        <translation>시각 비율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OCR linking</source>
        <translation>OCR 연결</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>No traced line.</source>
        <translation>추적한 줄이 없습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model generated no characters.</source>
        <translation>모델이 문자를 생성하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 of %2: “%3”, visual share %4</source>
        <translation>%2단계 중 %1단계: “%3”, 시각 비율 %4</translation>
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
        <location line="+274"/>
        <source>Run OCR to compare its counted MACs and measured memory with the estimate.</source>
        <translation>OCR을 실행하면 계산된 MAC과 측정된 메모리를 추정값과 비교합니다.</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>This run</source>
        <translation>이번 실행</translation>
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
        <location line="+9"/>
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
        <location line="+40"/>
        <source>prefill</source>
        <translation>프리필</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>decode</source>
        <translation>디코드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GFLOPs (2 x MACs), %1</source>
        <translation>GFLOPs (2 x MACs), %1</translation>
    </message>
    <message numerus="yes">
        <location line="+26"/>
        <source>%1: %n line(s) in %2 batch(es), %3 tokens generated. MACs counted by the engine %4 G, estimated %5 G (%6).</source>
        <translation>
            <numerusform>%1: 배치 %2개에 %n줄, 생성 토큰 %3개. 엔진이 센 MAC %4 G, 추정 %5 G (%6).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Working memory of the largest batch (K/V, attention scores, activations): measured %1 MiB, estimated %2 MiB (%3).</source>
        <translation>가장 큰 배치의 작업 메모리(K/V, 어텐션 점수, 활성화): 측정 %1 MiB, 추정 %2 MiB (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This device&apos;s allocator does not count tensor memory, so none is shown.</source>
        <translation>이 장치의 할당자는 텐서 메모리를 세지 않으므로 표시하지 않습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This run kept %1 hypotheses per line (beam search); the estimate models one (greedy decoding), so the decoder&apos;s counted MACs and memory run above it.</source>
        <translation>이 실행은 줄마다 가설 %1개를 유지했습니다(빔 탐색). 추정치는 가설 하나(탐욕적 디코딩)를 가정하므로, 디코더에서 센 MAC과 메모리는 추정치보다 큽니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>estimated</source>
        <translation>추정</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counted in the run</source>
        <translation>실행에서 센 값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>million MACs, %1</source>
        <translation>백만 MAC, %1</translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location filename="../widgets/main_window.cpp" line="+63"/>
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
        <location line="+10"/>
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
        <location line="+1"/>
        <source>Open Attention &amp;Run…</source>
        <translation>어텐션 실행 열기(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Attention Run…</source>
        <translation>어텐션 실행 저장(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+7"/>
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
        <location line="+5"/>
        <source>Read Image as One &amp;Line</source>
        <translation>이미지를 한 줄로 읽기(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a single text line or a label strip: no layout, the whole image is one line</source>
        <translation>텍스트 한 줄이나 라벨 띠용: 레이아웃 분석 없이 이미지 전체를 한 줄로 읽습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Trace Attention of Line</source>
        <translation>줄의 어텐션 추적(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the selected line again, capturing every attention map</source>
        <translation>선택한 줄을 다시 읽으며 모든 어텐션 맵을 기록합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Compare Traced Line With</source>
        <translation>추적한 줄을 다른 패턴과 비교(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads the traced line with a second pattern and shows both side by side</source>
        <translation>추적한 줄을 두 번째 패턴으로 읽고 둘을 나란히 보여 줍니다</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+19"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Open a document before running OCR.</source>
        <translation>OCR을 실행하기 전에 문서를 여십시오.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>OCR: finding lines…</source>
        <translation>OCR: 줄을 찾는 중…</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+11"/>
        <source>Read %n line(s) with the %1 model in %2 ms.</source>
        <translation>
            <numerusform>%1 모델로 %n줄을 %2 ms 동안 읽었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>engine %1</source>
        <translation>엔진 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot run OCR</source>
        <translation>OCR을 실행할 수 없음</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cannot open document</source>
        <translation>문서를 열 수 없음</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../widgets/main_window_attention.cpp" line="+227"/>
        <source>%1 — VLM Workbench</source>
        <translation>%1 — VLM Workbench</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1</source>
        <translation>%1 열림</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <message>
        <location filename="../widgets/main_window_attention.cpp" line="-177"/>
        <source>Wait for the running OCR, trace or comparison to finish.</source>
        <translation>실행 중인 OCR, 추적 또는 비교가 끝날 때까지 기다리십시오.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trace a line of the OCR result first: the comparison reads that line with a second pattern.</source>
        <translation>먼저 OCR 결과의 줄을 추적하십시오. 비교는 그 줄을 두 번째 패턴으로 읽습니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Reading line %1 with the %2 model…</source>
        <translation>%2 모델로 %1번째 줄을 읽는 중…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The document changed while the comparison ran.</source>
        <translation>비교하는 동안 문서가 바뀌었습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention of one line, two patterns — VLM Workbench</source>
        <translation>한 줄의 어텐션, 두 패턴 — VLM Workbench</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 read by two patterns: “%2” and “%3”.</source>
        <translation>두 패턴이 읽은 %1번째 줄: “%2”, “%3”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot compare patterns</source>
        <translation>패턴을 비교할 수 없습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wait for the running OCR or trace to finish.</source>
        <translation>실행 중인 OCR 또는 추적이 끝날 때까지 기다리세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run OCR and select a line before tracing its attention.</source>
        <translation>어텐션을 추적하기 전에 OCR을 실행하고 줄을 선택하세요.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Tracing the attention of line %1…</source>
        <translation>%1번째 줄의 어텐션을 추적하는 중…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The document changed while the trace ran.</source>
        <translation>추적하는 동안 문서가 바뀌었습니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Traced “%1”: %n attention map(s).</source>
        <translation>
            <numerusform>“%1” 추적 완료: 어텐션 맵 %n개.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cannot trace attention</source>
        <translation>어텐션을 추적할 수 없습니다</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot open attention run</source>
        <translation>어텐션 실행을 열 수 없습니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Opened the attention run %1</source>
        <translation>어텐션 실행 %1을(를) 열었습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open attention run</source>
        <translation>어텐션 실행 열기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save attention run into folder</source>
        <translation>어텐션 실행을 저장할 폴더</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot save attention run</source>
        <translation>어텐션 실행을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved the attention run to %1</source>
        <translation>어텐션 실행을 %1에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../widgets/main_window_preprocess.cpp" line="+28"/>
        <source>Show &amp;Preprocessed Page</source>
        <translation>전처리된 페이지 보기(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the page as layout and recognition see it</source>
        <translation>레이아웃 분석과 인식이 보는 대로 페이지를 보여 줍니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preprocessing &amp;Steps</source>
        <translation>전처리 단계(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normalise &amp;Illumination</source>
        <translation>조명 정규화(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deskew</source>
        <translation>기울기 보정(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Binarise</source>
        <translation>이진화(&amp;B)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Preprocessed page (%1): skew %2°, turned back by %3°.</source>
        <translation>전처리된 페이지(%1): 기울기 %2°, %3°만큼 되돌림.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preprocessed page (%1).</source>
        <translation>전처리된 페이지(%1).</translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::OcrTextPanel</name>
    <message>
        <location filename="../widgets/ocr_text_panel.cpp" line="+21"/>
        <location line="+81"/>
        <source>Run OCR on a document to see its lines here.</source>
        <translation>문서에 OCR을 실행하면 여기에 줄이 표시됩니다.</translation>
    </message>
    <message>
        <location line="-76"/>
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
    <message>
        <location line="+14"/>
        <source>Select a line, then click a character to see where the model looked.</source>
        <translation>줄을 선택한 다음 문자를 클릭하면 모델이 이미지의 어디를 보았는지 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a character to trace its attention on the image</source>
        <translation>문자를 클릭하면 이미지 위의 어텐션을 추적합니다</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>Page %1: %n line(s).</source>
        <translation>
            <numerusform>%1페이지: %n줄.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vlmwb::widgets::PlotExport</name>
    <message>
        <location filename="../widgets/plot_export.cpp" line="+27"/>
        <source>Could not write the PNG file %1.</source>
        <translation>PNG 파일 %1을(를) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not write the SVG file %1.</source>
        <translation>SVG 파일 %1을(를) 쓸 수 없습니다.</translation>
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
