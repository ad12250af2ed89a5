// The counting CPU allocator: tensors of known sizes move the current count by exactly their bytes,
// the peak holds the most held until it is reset, and tensors made before counting began are not
// counted when they are freed.
#include "vlmwb/tensor_memory.h"

#include <torch/torch.h>

#include <QtTest>

using namespace vlmwb::inference;

class TestTensorMemory : public QObject
{
    Q_OBJECT
private slots:
    void countsWhatTensorsHold()
    {
        torch::Tensor before = torch::ones({1000}); // allocated before counting: never counted
        QVERIFY(!readTensorMemory("cpu").counted);
        enableCpuTensorCounting();
        enableCpuTensorCounting(); // a second call changes nothing
        const TensorMemoryReading start = readTensorMemory("cpu");
        QVERIFY(start.counted);
        resetTensorMemoryPeak("cpu");
        {
            torch::Tensor a = torch::zeros({256, 256});              // 262,144 bytes
            torch::Tensor b = torch::zeros({1000}, torch::kDouble);  // 8,000 bytes
            QCOMPARE(readTensorMemory("cpu").currentBytes - start.currentBytes, 262144 + 8000);
            b = torch::Tensor();
            QCOMPARE(readTensorMemory("cpu").currentBytes - start.currentBytes, 262144);
        }
        const TensorMemoryReading after = readTensorMemory("cpu");
        QCOMPARE(after.currentBytes, start.currentBytes);
        QCOMPARE(after.peakBytes - start.currentBytes, 262144 + 8000);
        before = torch::Tensor(); // freed through the default allocator: the count stays
        QCOMPARE(readTensorMemory("cpu").currentBytes, start.currentBytes);
        resetTensorMemoryPeak("cpu");
        QCOMPARE(readTensorMemory("cpu").peakBytes, start.currentBytes);
    }

    void resultsOfOperationsAreCounted()
    {
        enableCpuTensorCounting();
        const torch::Tensor x = torch::rand({64, 128});
        const std::int64_t base = readTensorMemory("cpu").currentBytes;
        resetTensorMemoryPeak("cpu");
        const torch::Tensor y = torch::matmul(x, x.t()); // 64 x 64 floats
        QCOMPARE(readTensorMemory("cpu").currentBytes - base, 64 * 64 * 4);
        QVERIFY(readTensorMemory("cpu").peakBytes - base >= 64 * 64 * 4);
    }

    void noCudaMeansNotCounted()
    {
        if (torch::cuda::is_available())
            QSKIP("a CUDA device is present");
        QVERIFY(!readTensorMemory("cuda").counted);
        QCOMPARE(readTensorMemory("cuda:0").peakBytes, 0);
    }
};

QTEST_MAIN(TestTensorMemory)
#include "tst_tensor_memory.moc"
