// LibTorch itself and the runtime facade: device choice and a computation checked by hand.
#include "vlmwb/blas_core.h"
#include "vlmwb/runtime.h"

#include <fstream>
#include <sstream>

#include <torch/torch.h>

#include <QtTest>

using namespace vlmwb::inference;

class TestInferenceRuntime : public QObject
{
    Q_OBJECT
private slots:
    void matrixProductMatchesHandComputation()
    {
        // [1 2; 3 4] x [5 6; 7 8] = [1*5+2*7, 1*6+2*8; 3*5+4*7, 3*6+4*8] = [19 22; 43 50]
        const torch::Tensor a = torch::tensor({1.0f, 2.0f, 3.0f, 4.0f}).view({2, 2});
        const torch::Tensor b = torch::tensor({5.0f, 6.0f, 7.0f, 8.0f}).view({2, 2});
        const torch::Tensor c = torch::matmul(a, b);
        QCOMPARE(c[0][0].item<float>(), 19.0f);
        QCOMPARE(c[0][1].item<float>(), 22.0f);
        QCOMPARE(c[1][0].item<float>(), 43.0f);
        QCOMPARE(c[1][1].item<float>(), 50.0f);
    }

    void softmaxOfEqualLogitsIsUniform()
    {
        const torch::Tensor p = torch::softmax(torch::full({4}, 3.5f), 0);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(p[i].item<float>(), 0.25f);
    }

    void parsesDeviceRequests()
    {
        QCOMPARE(parseDeviceRequest("auto"), DeviceRequest::Auto);
        QCOMPARE(parseDeviceRequest("cpu"), DeviceRequest::Cpu);
        QCOMPARE(parseDeviceRequest("cuda"), DeviceRequest::Cuda);
        try {
            parseDeviceRequest("tpu");
            QFAIL("an unknown device was accepted");
        } catch (const std::invalid_argument &error) {
            QVERIFY(QString::fromStdString(error.what()).contains("tpu"));
        }
    }

    void resolvesDevicesAgainstWhatIsPresent()
    {
        QCOMPARE(resolveDevice(DeviceRequest::Cpu), std::string("cpu"));
        const bool cuda = torch::cuda::is_available();
        QCOMPARE(resolveDevice(DeviceRequest::Auto), std::string(cuda ? "cuda" : "cpu"));
        if (!cuda)
            QVERIFY_THROWS_EXCEPTION(std::runtime_error, resolveDevice(DeviceRequest::Cuda));
    }

    void choosesTheBlasCoreFromTheCpuFlags()
    {
        // The flags as the kernel reports them, a second source besides the compiler's CPUID probe.
        std::ifstream cpuinfo("/proc/cpuinfo");
        std::string line;
        std::string flags;
        while (std::getline(cpuinfo, line)) {
            if (line.rfind("flags", 0) == 0) {
                flags = " " + line.substr(line.find(':') + 1) + " ";
                break;
            }
        }
        if (flags.empty())
            QSKIP("no /proc/cpuinfo flags on this system");
        const auto has = [&flags](const char *flag) { return flags.find(std::string(" ") + flag + " ") != std::string::npos; };
        const char *core = preferredBlasCore();
        if (has("avx512f"))
            QCOMPARE(std::string(core ? core : "none"), std::string("SkylakeX"));
        else if (has("avx2") && has("fma"))
            QCOMPARE(std::string(core ? core : "none"), std::string("Haswell"));
        else
            QVERIFY(core == nullptr);
    }

    void reportsRuntime()
    {
        setCpuThreads(1);
        const RuntimeInfo info = runtimeInfo();
        QCOMPARE(info.cpuThreads, 1);
        // 0 (what an Engine passes by default) keeps the count the process chose.
        setCpuThreads(0);
        QCOMPARE(runtimeInfo().cpuThreads, 1);
        QVERIFY(!info.torchVersion.empty());
        QCOMPARE(info.torchVersion.substr(0, 1) >= std::string("1"), true);
    }
};

QTEST_APPLESS_MAIN(TestInferenceRuntime)
#include "tst_inference_runtime.moc"
