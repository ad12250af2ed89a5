#include "core/synth_vocabulary.h"

namespace vlmwb::core::synth_vocabulary {

const QList<QString> &frequencies()
{
    static const QList<QString> items = {
        "QD", "BID", "TID", "QID", "q4h", "q6h", "q8h", "q12h", "PRN", "HS", "QAM", "QPM", "AC", "PC",
        "once daily", "twice daily", "three times daily", "four times daily", "every 8 hours",
        "every 12 hours", "at bedtime", "q.d.", "b.i.d.", "t.i.d.", "daily", "weekly",
    };
    return items;
}

const QList<QString> &routes()
{
    static const QList<QString> items = {"PO", "PO", "PO", "SC", "IM", "IV", "SL", "PR", "top", "inh",
                                         "by mouth", "ophth"};
    return items;
}

const QList<QString> &forms()
{
    static const QList<QString> items = {"tab", "cap", "tablet", "capsule", "susp", "syrup", "inj",
                                         "soln", "cream", "oint", "patch", "ER tab"};
    return items;
}

const QList<QString> &instructions()
{
    static const QList<QString> items = {
        "with meals", "after meals", "before meals", "with food", "on an empty stomach", "for pain",
        "for fever", "as needed", "for nausea", "for sleep", "do not crush", "until finished",
    };
    return items;
}

const QList<QString> &englishHospitals()
{
    static const QList<QString> items = {
        "Seoul National University Hospital", "Severance Hospital", "Asan Medical Center",
        "Samsung Medical Center", "Busan Medical Center", "Hanbit Internal Medicine Clinic",
        "Green Family Medicine", "Saebom Pediatrics", "Incheon General Hospital",
        "Daegu Catholic Hospital", "St. Mary's Hospital", "Riverside Medical Clinic",
        "Gwangju Christian Hospital", "Sunrise ENT Clinic", "Hope Orthopedic Clinic",
    };
    return items;
}

const QList<QString> &englishGivenNames()
{
    static const QList<QString> items = {
        "Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Seo-jun", "Ji-woo", "Ye-jin",
        "Hyun-woo", "Su-bin", "Jae-won", "Eun-ji", "Young-ho", "Mi-kyung", "Sung-min", "Hye-jin",
    };
    return items;
}

const QList<QString> &englishSurnames()
{
    static const QList<QString> items = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho",  "Yoon",
                                         "Jang", "Lim", "Han", "Oh",  "Seo",  "Shin", "Kwon", "Hwang"};
    return items;
}

const QList<QString> &koreanSurnames()
{
    // The most common surnames in Korea, repeated roughly by frequency (김, 이, 박 cover ~45%).
    static const QList<QString> items = {
        "김", "김", "김", "김", "이", "이", "이", "박", "박", "최", "정", "강", "조", "윤", "장", "임",
        "한", "오", "서", "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배",
        "백", "허", "유", "남", "심", "노", "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나",
    };
    return items;
}

const QList<QString> &koreanGivenSyllables()
{
    static const QList<QString> items = {
        "민", "서", "지", "현", "준", "우", "영", "수", "은", "하", "윤", "진", "호", "성", "연", "재",
        "훈", "경", "혜", "정", "아", "희", "석", "동", "태", "유", "빈", "예", "주", "원", "상", "철",
        "미", "숙", "자", "순", "옥", "광", "용", "기", "혁", "승", "도", "다", "나", "소", "채", "건",
        "규", "린", "율", "찬", "솔", "결", "한", "별", "환", "범", "선", "명", "종", "인",
    };
    return items;
}

const QList<QString> &koreanDiagnoses()
{
    static const QList<QString> items = {
        "급성 기관지염", "급성 상기도 감염", "본태성 고혈압", "제2형 당뇨병", "위식도 역류질환",
        "급성 위장염", "요로감염", "알레르기 비염", "급성 편도염", "급성 부비동염", "고지혈증",
        "무릎 골관절염", "요통", "불면증", "편두통", "급성 인두염", "알레르기성 결막염",
        "아토피 피부염", "천식", "만성 위염", "급성 중이염", "대상포진", "급성 방광염",
        "갑상선기능저하증", "통풍", "폐렴", "인플루엔자", "역류성 식도염", "철결핍성 빈혈", "우울증",
    };
    return items;
}

const QList<QString> &diagnosisCodes()
{
    static const QList<QString> items = {
        "J20.9", "J06.9", "I10",   "E11.9", "K21.9", "A09.9", "N39.0", "J30.4", "J03.9", "J01.9",
        "E78.5", "M17.9", "M54.5", "G47.0", "G43.9", "J02.9", "H10.1", "L20.9", "J45.9", "K29.5",
        "H66.9", "B02.9", "N30.0", "E03.9", "M10.9", "J18.9", "J11.1", "K21.0", "D50.9", "F32.9",
    };
    return items;
}

const QList<QString> &koreanDirections()
{
    static const QList<QString> items = {
        "1일 3회 식후 30분", "1일 2회 아침 저녁 식후", "1일 1회 아침 식후", "1일 1회 취침 전",
        "1일 3회 식전 30분", "1일 4회 식후 및 취침 전", "필요시 1정씩 복용", "8시간마다 1회",
        "12시간마다 1회", "1일 2회 식후 즉시", "1일 1회 아침 공복", "통증 시 복용",
        "1일 3회 매 식후", "주 1회 복용",
    };
    return items;
}

const QList<QString> &koreanHospitalPlaces()
{
    static const QList<QString> items = {
        "서울", "부산", "대구", "인천", "광주", "대전", "울산", "수원", "성남", "고양", "분당", "강남",
        "한빛", "새봄", "우리", "하나", "연세", "튼튼", "밝은", "온누리", "푸른", "늘편한", "365",
        "행복한", "참좋은", "365열린",
    };
    return items;
}

const QList<QString> &koreanHospitalKinds()
{
    static const QList<QString> items = {
        "내과의원", "소아청소년과의원", "이비인후과의원", "가정의학과의원", "병원", "종합병원",
        "대학교병원", "의료원", "정형외과의원", "피부과의원", "연합의원", "산부인과의원",
    };
    return items;
}

const QList<QString> &koreanForms()
{
    static const QList<QString> items = {"정", "캡슐", "포", "mL", "정", "회분"};
    return items;
}

} // namespace vlmwb::core::synth_vocabulary
